package com.reten.gateway.user;

import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.api.security.Role;
import com.reten.api.user.ChangeUserRolesCommand;
import com.reten.api.user.CreateUserCommand;
import com.reten.api.user.FindTenantUserQuery;
import com.reten.api.user.RemoveTenantMemberCommand;
import com.reten.api.user.TenantUserView;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.PasswordHasher;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users", description = "Members of the x-tenant-id tenant and their roles")
@RestController
@RequestMapping("/api/user")
class UserController {

  private static final String HIERARCHY =
      " Only roles strictly below the caller's highest role in the tenant may be granted, and"
          + " only members strictly below it managed (a platform SUPER_ADMIN member ranks as"
          + " SUPER_ADMIN); otherwise 403.";

  private final Commands commands;
  private final UserCommands userCommands;
  private final QueryGateway queries;
  private final PasswordHasher hasher;
  private final Clock clock;

  UserController(
      Commands commands,
      UserCommands userCommands,
      QueryGateway queries,
      PasswordHasher hasher,
      Clock clock) {
    this.commands = commands;
    this.userCommands = userCommands;
    this.queries = queries;
    this.hasher = hasher;
    this.clock = clock;
  }

  @Operation(
      summary = "One member of the tenant (ours)",
      description = "Exists so the Location of a create resolves. 404 unless a member.")
  @GetMapping("/{id}")
  @RequiresPermission(Permission.VIEW_USERS)
  TenantUserResponse get(@PathVariable UUID id, Caller caller) {
    return TenantUserResponse.of(find(caller.tenantId(), id));
  }

  @Operation(
      summary = "Create a user in the tenant, or link an existing one (ours)",
      description =
          "An existing user with this email becomes a member with their password and name"
              + " unchanged; the body then shows their stored name. 409 when already a member."
              + HIERARCHY)
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.CREATE_USER)
  ResponseEntity<TenantUserResponse> create(
      @Valid @RequestBody CreateUserRequest request, Caller caller) {
    Role grantor = ManagingRole.of(caller);
    UUID userId =
        commands.send(
            new CreateUserCommand(
                caller.tenantId(),
                UUID.randomUUID(),
                request.email(),
                hasher.hash(request.password()),
                request.firstName(),
                request.lastName(),
                RoleNames.parse(request.roles()),
                grantor,
                clock.instant()));
    return ResponseEntity.created(URI.create("/api/user/" + userId))
        .body(TenantUserResponse.of(find(caller.tenantId(), userId)));
  }

  @Operation(
      operationId = "changeUserRoles",
      summary = "Replace a member's roles in the tenant",
      description = "404 for a user who is not a member of the tenant." + HIERARCHY)
  @PutMapping("/{id}/roles")
  @RequiresPermission(Permission.UPDATE_USER)
  UserRolesResponse changeRoles(
      @PathVariable UUID id, @Valid @RequestBody ChangeRolesRequest request, Caller caller) {
    Set<Role> roles = RoleNames.parse(request.roles());
    userCommands.send(
        new ChangeUserRolesCommand(
            caller.tenantId(), id, roles, ManagingRole.of(caller), clock.instant()));
    return new UserRolesResponse(id, roles.stream().sorted().toList());
  }

  @Operation(
      summary = "Remove a member from the tenant (ours)",
      description =
          "The user's tokens stop working in this tenant at once, and every refresh token of"
              + " theirs is revoked (sign-in again is needed in all tenants). The user account"
              + " itself remains. 404 for a user who is not a member."
              + HIERARCHY)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @DeleteMapping("/{id}")
  @RequiresPermission(Permission.DELETE_USER)
  ResponseEntity<Void> remove(@PathVariable UUID id, Caller caller) {
    userCommands.send(
        new RemoveTenantMemberCommand(
            caller.tenantId(), id, ManagingRole.of(caller), clock.instant()));
    return ResponseEntity.noContent().build();
  }

  private TenantUserView find(UUID tenantId, UUID userId) {
    return queries
        .query(
            new FindTenantUserQuery(tenantId, userId),
            ResponseTypes.optionalInstanceOf(TenantUserView.class))
        .join()
        .orElseThrow(() -> RetenException.notFound("User"));
  }
}
