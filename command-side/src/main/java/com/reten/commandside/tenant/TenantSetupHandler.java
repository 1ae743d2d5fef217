package com.reten.commandside.tenant;

import com.reten.api.security.Role;
import com.reten.api.tenant.SetUpTenantCommand;
import com.reten.api.tenant.TenantAdmin;
import com.reten.api.user.RegisterUserCommand;
import com.reten.commandside.claim.UniqueClaims;
import com.reten.commandside.resulttype.TaskResultTypeCatalogs;
import com.reten.commandside.user.User;
import com.reten.commandside.user.UserDirectory;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Sets up a tenant and its first administrator in one unit of work (one database transaction), so a
 * tenant never exists without an admin and a failed set-up leaves nothing behind. This spans two
 * aggregates, which is why it is a handler of its own rather than a Tenant constructor.
 */
@Component
class TenantSetupHandler {

  private final Repository<Tenant> tenants;
  private final UserDirectory users;
  private final UniqueClaims claims;
  private final TaskResultTypeCatalogs resultTypes;

  TenantSetupHandler(
      Repository<Tenant> tenants,
      UserDirectory users,
      UniqueClaims claims,
      TaskResultTypeCatalogs resultTypes) {
    this.tenants = tenants;
    this.users = users;
    this.claims = claims;
    this.resultTypes = resultTypes;
  }

  @CommandHandler
  UUID handle(SetUpTenantCommand command) throws Exception {
    tenants.newInstance(
        () -> new Tenant(command.tenantId(), command.name(), command.slug(), command.at(), claims));
    Aggregate<User> admin = existingOrNewAdmin(command);
    admin.execute(user -> user.addMembership(command.tenantId(), Set.of(Role.ADMIN), command.at()));
    resultTypes.seed(command.tenantId(), command.at());
    return command.tenantId();
  }

  private Aggregate<User> existingOrNewAdmin(SetUpTenantCommand command) throws Exception {
    TenantAdmin admin = command.admin();
    var registration =
        new RegisterUserCommand(
            command.tenantId(),
            admin.userId(),
            admin.email(),
            admin.passwordHash(),
            admin.firstName(),
            admin.lastName(),
            false,
            command.at());
    return users.existingOrRegistered(registration);
  }
}
