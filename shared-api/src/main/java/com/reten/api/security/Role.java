package com.reten.api.security;

/**
 * Reten's roles, highest first. A higher role holds every permission of the lower ones; SUPER_ADMIN
 * is platform-wide, the others are held per tenant membership.
 */
public enum Role {
  SUPER_ADMIN(4),
  ADMIN(3),
  FDE(2),
  VIEWER(1);

  private final int rank;

  Role(int rank) {
    this.rank = rank;
  }

  public boolean isAtLeast(Role other) {
    return rank >= other.rank;
  }

  public boolean isStrictlyAbove(Role other) {
    return rank > other.rank;
  }

  public boolean grants(Permission permission) {
    return isAtLeast(permission.minimumRole());
  }
}
