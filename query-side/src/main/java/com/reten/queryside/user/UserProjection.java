package com.reten.queryside.user;

import com.reten.api.user.EmailAddress;
import com.reten.api.user.FindUserCredentialsQuery;
import com.reten.api.user.TenantMemberAddedEvent;
import com.reten.api.user.TenantMemberRemovedEvent;
import com.reten.api.user.TenantMemberRolesChangedEvent;
import com.reten.api.user.UserCredentialsView;
import com.reten.api.user.UserPasswordChangedEvent;
import com.reten.api.user.UserRegisteredEvent;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Users and their tenant memberships, as sign-in and authorisation read them. */
@Component
@ProcessingGroup("users")
class UserProjection {

  private final UserRows users;
  private final MembershipRows memberships;

  UserProjection(UserRows users, MembershipRows memberships) {
    this.users = users;
    this.memberships = memberships;
  }

  @EventHandler
  void on(UserRegisteredEvent event) {
    users.save(
        new UserRow(
            event.userId(),
            event.email(),
            event.firstName(),
            event.lastName(),
            event.passwordHash(),
            event.superAdmin(),
            event.registeredAt()));
  }

  @EventHandler
  void on(TenantMemberAddedEvent event) {
    memberships.save(
        new MembershipRow(event.tenantId(), event.userId(), event.roles(), event.addedAt()));
  }

  @EventHandler
  void on(TenantMemberRolesChangedEvent event) {
    memberships
        .findById(new MembershipRow.Key(event.tenantId(), event.userId()))
        .ifPresent(row -> row.changeRoles(event.roles()));
  }

  @EventHandler
  void on(TenantMemberRemovedEvent event) {
    memberships.deleteById(new MembershipRow.Key(event.tenantId(), event.userId()));
    users.findById(event.userId()).ifPresent(user -> user.revokeSessions(event.removedAt()));
  }

  @EventHandler
  void on(UserPasswordChangedEvent event) {
    users
        .findById(event.userId())
        .ifPresent(user -> user.changePassword(event.passwordHash(), event.changedAt()));
  }

  @ResetHandler
  void reset() {
    memberships.deleteAllInBatch();
    users.deleteAllInBatch();
  }

  @QueryHandler
  Optional<UserCredentialsView> handle(FindUserCredentialsQuery query) {
    return users
        .findByEmail(EmailAddress.normalize(query.email()))
        .map(user -> new UserCredentialsView(user.id(), user.passwordHash()));
  }
}
