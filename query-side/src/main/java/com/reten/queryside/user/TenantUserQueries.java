package com.reten.queryside.user;

import com.reten.api.user.FindTenantUserQuery;
import com.reten.api.user.ListTenantUsersQuery;
import com.reten.api.user.TenantUserPage;
import com.reten.api.user.TenantUserView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** A tenant's members as user administration lists them; reads the user projection's tables. */
@Component
class TenantUserQueries {

  private final UserRows users;
  private final MembershipRows memberships;

  TenantUserQueries(UserRows users, MembershipRows memberships) {
    this.users = users;
    this.memberships = memberships;
  }

  @QueryHandler
  TenantUserPage handle(ListTenantUsersQuery query) {
    long total = memberships.countByTenantId(query.tenantId());
    long offset = (long) (query.page() - 1) * query.limit();
    if (offset >= total) {
      return new TenantUserPage(List.of(), total); // also keeps huge offsets out of SQL
    }
    List<MembershipRow> page =
        memberships.findByTenantIdOrderByCreatedAtDescUserIdAsc(
            query.tenantId(), PageRequest.of(query.page() - 1, query.limit()));
    Map<UUID, UserRow> byId =
        users.findAllById(page.stream().map(MembershipRow::userId).toList()).stream()
            .collect(Collectors.toMap(UserRow::id, Function.identity()));
    return new TenantUserPage(
        page.stream().map(row -> row.toTenantUserView(byId.get(row.userId()))).toList(), total);
  }

  @QueryHandler
  Optional<TenantUserView> handle(FindTenantUserQuery query) {
    return memberships
        .findById(new MembershipRow.Key(query.tenantId(), query.userId()))
        .flatMap(row -> users.findById(row.userId()).map(row::toTenantUserView));
  }
}
