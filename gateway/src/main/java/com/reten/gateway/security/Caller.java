package com.reten.gateway.security;

import com.reten.api.audit.ActorType;
import com.reten.api.security.Permission;
import com.reten.api.security.Role;
import com.reten.api.user.CallerView;
import com.reten.api.user.MembershipView;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The authenticated party of a request, with the tenant it acts in. Controllers take it as a method
 * argument; the tenant of every command and query comes from here, never from a request body.
 *
 * @param user who is calling
 * @param activeTenantId the {@code x-tenant-id} tenant, or {@code null} on platform routes
 */
public record Caller(CallerView user, UUID activeTenantId) {

  public UUID userId() {
    return user.userId();
  }

  public ActorType actorType() {
    return ActorType.USER;
  }

  public String actorId() {
    return user.userId().toString();
  }

  /** The active tenant; only call on tenant-scoped routes, where access has checked it is set. */
  public UUID tenantId() {
    return activeTenantId;
  }

  public boolean superAdmin() {
    return user.superAdmin();
  }

  public boolean belongsTo(UUID tenantId) {
    return user.memberships().stream().anyMatch(m -> m.tenantId().equals(tenantId));
  }

  public Set<UUID> tenantIds() {
    return user.memberships().stream()
        .map(MembershipView::tenantId)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Roles as responses show them: those in the active tenant, or in any tenant when none is active;
   * SUPER_ADMIN always included for platform administrators.
   */
  public Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (superAdmin()) {
      roles.add(Role.SUPER_ADMIN);
    }
    user.memberships().stream()
        .filter(m -> activeTenantId == null || m.tenantId().equals(activeTenantId))
        .forEach(m -> roles.addAll(m.roles()));
    return roles;
  }

  /**
   * The caller's highest role where they act: the bound on what they may grant or whom they may
   * manage (only strictly lower). Empty for a caller with no role there.
   */
  public java.util.Optional<Role> highestRole() {
    return roles().stream().min(java.util.Comparator.naturalOrder());
  }

  boolean holds(Permission permission) {
    return roles().stream().anyMatch(role -> role.grants(permission));
  }
}
