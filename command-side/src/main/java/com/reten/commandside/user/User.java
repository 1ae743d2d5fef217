package com.reten.commandside.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.security.Role;
import com.reten.api.user.ChangePasswordCommand;
import com.reten.api.user.ChangeUserRolesCommand;
import com.reten.api.user.EmailAddress;
import com.reten.api.user.RegisterUserCommand;
import com.reten.api.user.RemoveTenantMemberCommand;
import com.reten.api.user.ResetUserPasswordCommand;
import com.reten.api.user.TenantMemberAddedEvent;
import com.reten.api.user.TenantMemberRemovedEvent;
import com.reten.api.user.TenantMemberRolesChangedEvent;
import com.reten.api.user.UserPasswordChangedEvent;
import com.reten.api.user.UserRegisteredEvent;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person who can sign in, with their roles in each tenant they belong to. Other users manage them
 * only from a role strictly above theirs ({@link RoleHierarchy}).
 */
@Aggregate
public class User {

  @AggregateIdentifier private UUID userId;
  private boolean superAdmin;
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

  /** As {@link #addMembership(UUID, Set, Instant)}, granted by a member holding {@code grantor}. */
  public void addMembership(UUID tenantId, Set<Role> roles, Role grantor, Instant at) {
    RoleHierarchy.requireGrantable(grantor, roles);
    addMembership(tenantId, roles, at);
  }

  @CommandHandler
  void handle(ChangeUserRolesCommand command) {
    Set<Role> current = requireMembership(command.tenantId());
    RoleHierarchy.requireManageable(command.grantorRole(), highestOf(current));
    RoleHierarchy.requireGrantable(command.grantorRole(), command.roles());
    if (current.equals(Set.copyOf(command.roles()))) {
      return;
    }
    apply(
        new TenantMemberRolesChangedEvent(
            command.tenantId(), userId, Set.copyOf(command.roles()), command.at()));
  }

  @CommandHandler
  void handle(RemoveTenantMemberCommand command) {
    RoleHierarchy.requireManageable(
        command.grantorRole(), highestOf(requireMembership(command.tenantId())));
    apply(new TenantMemberRemovedEvent(command.tenantId(), userId, command.at()));
  }

  /** Judged by the user's highest role in any tenant: the password opens all of them. */
  @CommandHandler
  void handle(ResetUserPasswordCommand command) {
    requireMembership(command.tenantId());
    var everyRole = memberships.values().stream().flatMap(Collection::stream).toList();
    RoleHierarchy.requireManageable(command.grantorRole(), highestOf(everyRole));
    apply(
        new UserPasswordChangedEvent(
            command.tenantId(), userId, command.passwordHash(), command.at()));
  }

  @CommandHandler
  void handle(ChangePasswordCommand command) {
    apply(new UserPasswordChangedEvent(null, userId, command.passwordHash(), command.at()));
  }

  /** The roles held in {@code tenantId}; a non-member is "not found", as in another tenant. */
  private Set<Role> requireMembership(UUID tenantId) {
    Set<Role> roles = memberships.get(tenantId);
    if (roles == null) {
      throw RetenException.notFound("User");
    }
    return roles;
  }

  /** A platform SUPER_ADMIN ranks as such in every tenant, whatever their tenant roles. */
  private Role highestOf(Collection<Role> roles) {
    return superAdmin
        ? Role.SUPER_ADMIN
        : roles.stream().min(Comparator.naturalOrder()).orElse(Role.VIEWER);
  }

  @EventSourcingHandler
  void on(UserRegisteredEvent event) {
    userId = event.userId();
    superAdmin = event.superAdmin();
  }

  @EventSourcingHandler
  void on(TenantMemberAddedEvent event) {
    memberships.put(event.tenantId(), Set.copyOf(event.roles()));
  }

  @EventSourcingHandler
  void on(TenantMemberRolesChangedEvent event) {
    memberships.put(event.tenantId(), Set.copyOf(event.roles()));
  }

  @EventSourcingHandler
  void on(TenantMemberRemovedEvent event) {
    memberships.remove(event.tenantId());
  }
}
