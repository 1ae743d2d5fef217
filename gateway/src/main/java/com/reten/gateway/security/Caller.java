package com.reten.gateway.security;

import com.reten.api.apikey.ApiKeyView;
import com.reten.api.audit.ActorType;
import com.reten.api.security.Permission;
import com.reten.api.security.Role;
import com.reten.api.user.CallerView;
import com.reten.api.user.MembershipView;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The authenticated party of a request, with the tenant it acts in. Controllers take it as a method
 * argument; the tenant of every command and query comes from here, never from a request body.
 *
 * @param user the signed-in user, or the creator of the API key
 * @param activeTenantId the {@code x-tenant-id} tenant (the key's tenant for API keys), or {@code
 *     null} on platform routes
 * @param apiKey the key that authenticated the request, or {@code null} for a signed-in user
 */
public record Caller(CallerView user, UUID activeTenantId, ApiKeyView apiKey) {

  public UUID userId() {
    return user.userId();
  }

  public boolean viaApiKey() {
    return apiKey != null;
  }

  public ActorType actorType() {
    return viaApiKey() ? ActorType.API_KEY : ActorType.USER;
  }

  public String actorId() {
    return (viaApiKey() ? apiKey.id() : user.userId()).toString();
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
  public Optional<Role> highestRole() {
    return roles().stream().min(Comparator.naturalOrder());
  }

  /**
   * What the caller may do: the user's role permissions, narrowed to the key's own list for an API
   * key — so a key also loses whatever its creator loses.
   */
  public boolean holds(Permission permission) {
    boolean userHolds = roles().stream().anyMatch(role -> role.grants(permission));
    return userHolds && (apiKey == null || apiKey.permissions().contains(permission));
  }

  /** Every permission {@link #holds} grants. */
  public Set<Permission> permissions() {
    return Arrays.stream(Permission.values())
        .filter(this::holds)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
  }
}
