package com.reten.gateway.user;

import com.reten.api.security.Permission;
import com.reten.api.user.ListTenantUsersQuery;
import com.reten.api.user.TenantUserPage;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.PageParams;
import com.reten.gateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users")
@RestController
class TenantUsersController {

  private final QueryGateway queries;

  TenantUsersController(QueryGateway queries) {
    this.queries = queries;
  }

  @Operation(
      summary = "The tenant's members, paginated",
      description =
          "Newest membership first; members who joined at the same instant are ordered by id"
              + " (ascending). `page` (default 1), `limit` (default 20, max 100; `per_page` is an"
              + " alias). `roles` are those held in this tenant.")
  @GetMapping("/api/user/tenant-users")
  @RequiresPermission(Permission.VIEW_USERS)
  PageResponse<TenantUserResponse> list(PageParams page, Caller caller) {
    TenantUserPage found =
        queries
            .query(
                new ListTenantUsersQuery(caller.tenantId(), page.page(), page.limit()),
                ResponseTypes.instanceOf(TenantUserPage.class))
            .join();
    return PageResponse.of(
        found.users().stream().map(TenantUserResponse::of).toList(), found.total(), page);
  }
}
