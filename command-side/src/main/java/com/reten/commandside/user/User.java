package com.reten.commandside.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.security.Role;
import com.reten.api.user.EmailAddress;
import com.reten.api.user.RegisterUserCommand;
import com.reten.api.user.TenantMemberAddedEvent;
import com.reten.api.user.UserRegisteredEvent;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person who can sign in, with their roles in each tenant they belong to. */
@Aggregate
public class User {

  @AggregateIdentifier private UUID userId;
  private final Map<UUID, Set<Role>> memberships = new HashMap<>();

  protected User() {}

  @CommandHandler
  public User(RegisterUserCommand command, UniqueClaims claims) {
    String email = EmailAddress.normalize(command.email());
    if (!claims.claim(ClaimScope.USER_EMAIL, email, command.userId())) {
      throw new RetenException(ErrorCode.EMAIL_TAKEN, "A user with this email already exists");
    }
    apply(
        new UserRegisteredEvent(
            command.tenantId(),
            command.userId(),
            email,
            command.firstName(),
            command.lastName(),
            command.passwordHash(),
            command.superAdmin(),
            command.at()));
  }

  /** Makes the user a member of {@code tenantId}; refuses a second membership of one tenant. */
  public void addMembership(UUID tenantId, Set<Role> roles, Instant at) {
    if (memberships.containsKey(tenantId)) {
      throw new RetenException(ErrorCode.ALREADY_MEMBER, "User is already a member of this tenant");
    }
    apply(new TenantMemberAddedEvent(tenantId, userId, roles, at));
  }

  @EventSourcingHandler
  void on(UserRegisteredEvent event) {
    userId = event.userId();
  }

  @EventSourcingHandler
  void on(TenantMemberAddedEvent event) {
    memberships.put(event.tenantId(), Set.copyOf(event.roles()));
  }
}
