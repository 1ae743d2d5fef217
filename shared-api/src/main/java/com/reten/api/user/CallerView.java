package com.reten.api.user;

import com.reten.api.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A user with their memberships, as authorisation needs it.
 *
 * @param userId the user
 * @param email sign-in e-mail
 * @param firstName first name
 * @param lastName last name
 * @param superAdmin whether the user is a platform SUPER_ADMIN
 * @param memberships the tenants the user belongs to, with roles
 * @param sessionsRevokedAt refresh sessions started at or before this time are revoked (by a
 *     password reset or a membership removal); {@code null} when none ever was
 */
public record CallerView(
    UUID userId,
    String email,
    String firstName,
    String lastName,
    boolean superAdmin,
    List<MembershipView> memberships,
    Instant sessionsRevokedAt) {

  /** The caller's roles in {@code tenantId}; empty when not a member. */
  public Set<Role> rolesIn(UUID tenantId) {
    return memberships.stream()
        .filter(m -> m.tenantId().equals(tenantId))
        .findFirst()
        .map(MembershipView::roles)
        .orElse(Set.of());
  }

  /** Whether a refresh session that started at {@code sessionStartedAt} has been revoked. */
  public boolean sessionRevoked(Instant sessionStartedAt) {
    return sessionsRevokedAt != null && !sessionStartedAt.isAfter(sessionsRevokedAt);
  }
}
