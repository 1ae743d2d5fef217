package com.reten.commandside.tenant;

import com.reten.api.error.RetenException;
import com.reten.api.user.CreateUserCommand;
import com.reten.api.user.RegisterUserCommand;
import com.reten.commandside.user.User;
import com.reten.commandside.user.UserDirectory;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates a tenant's user in one unit of work (one database transaction): the e-mail claim is
 * looked up, an existing user is loaded or a new one registered, and the membership added. A
 * refused grant or a second membership rolls the registration back with it.
 */
@Component
class CreateUserHandler {

  private final Repository<Tenant> tenants;
  private final UserDirectory users;

  CreateUserHandler(Repository<Tenant> tenants, UserDirectory users) {
    this.tenants = tenants;
    this.users = users;
  }

  @CommandHandler
  UUID handle(CreateUserCommand command) throws Exception {
    requireTenant(command.tenantId());
    Aggregate<User> user = users.existingOrRegistered(registration(command));
    user.execute(
        member ->
            member.addMembership(
                command.tenantId(), command.roles(), command.grantorRole(), command.at()));
    return UUID.fromString(user.identifierAsString());
  }

  /**
   * A SUPER_ADMIN may name any tenant id; only an existing tenant gets members. An id of another
   * kind of aggregate (a user, a session) loads as incompatible.
   */
  private void requireTenant(UUID tenantId) {
    try {
      tenants.load(tenantId.toString());
    } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
      throw RetenException.notFound("Tenant");
    }
  }

  private static RegisterUserCommand registration(CreateUserCommand command) {
    return new RegisterUserCommand(
        command.tenantId(),
        command.userId(),
        command.email(),
        command.passwordHash(),
        command.firstName(),
        command.lastName(),
        false,
        command.at());
  }
}
