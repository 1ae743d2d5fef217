package com.reten.commandside.user;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.security.Role;
import java.util.Set;

/**
 * The strict-hierarchy rule of API.md 2.3: a grantor manages only users whose highest role is
 * strictly below their own, and grants only roles strictly below it. SUPER_ADMIN is platform-wide
 * and never a tenant role.
 */
final class RoleHierarchy {

  private RoleHierarchy() {}

  static void requireGrantable(Role grantor, Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "roles must not be empty");
    }
    if (roles.contains(Role.SUPER_ADMIN)) {
      throw new RetenException(
          ErrorCode.PERMISSION_DENIED, "SUPER_ADMIN is a platform role and cannot be granted");
    }
    for (Role role : roles) {
      if (!isAbove(grantor, role)) {
        throw new RetenException(
            ErrorCode.PERMISSION_DENIED, "You may only grant roles below your own");
      }
    }
  }

  static void requireManageable(Role grantor, Role target) {
    if (!isAbove(grantor, target)) {
      throw new RetenException(
          ErrorCode.PERMISSION_DENIED, "You may only manage users whose role is below your own");
    }
  }

  private static boolean isAbove(Role grantor, Role other) {
    return grantor != null && grantor.isStrictlyAbove(other);
  }
}
