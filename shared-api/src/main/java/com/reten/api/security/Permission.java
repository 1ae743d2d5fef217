package com.reten.api.security;

/**
 * Every permission of the contract's role table, each with the lowest role that holds it (roles are
 * strictly nested, so one threshold describes each row).
 */
public enum Permission {
  CREATE_USER(Role.ADMIN),
  UPDATE_USER(Role.ADMIN),
  RESET_USER_PASSWORD(Role.ADMIN),
  VIEW_USERS(Role.FDE),
  DELETE_USER(Role.SUPER_ADMIN),
  CREATE_TENANT(Role.SUPER_ADMIN),
  UPDATE_TENANT(Role.SUPER_ADMIN),
  DELETE_TENANT(Role.SUPER_ADMIN),
  VIEW_TENANTS(Role.ADMIN),
  MANAGE_COMMERCES(Role.FDE),
  MANAGE_OPERATORS(Role.FDE),
  MANAGE_ROUTES(Role.FDE),
  SYNC_COMMERCES(Role.ADMIN),
  SYNC_OPERATORS(Role.ADMIN),
  VIEW_ACTIVITIES(Role.VIEWER),
  CREATE_ACTIVITY(Role.FDE),
  DISPATCH_ACTIVITY(Role.FDE),
  CANCEL_ACTIVITY(Role.ADMIN),
  MANAGE_ACTIVITY_CONFIG(Role.ADMIN),
  MANAGE_API_KEYS(Role.ADMIN),
  SUBMIT_ACTIVITY_RESULT(Role.FDE),
  VIEW_AUDIT_LOG(Role.ADMIN),
  /** Ours: add and change providers of the global dispatch catalog. */
  MANAGE_DISPATCH_PROVIDERS(Role.SUPER_ADMIN),
  /** Ours: see every projection's position and lag, and rebuild a read model by replay. */
  MANAGE_PROJECTIONS(Role.SUPER_ADMIN);

  private final Role minimumRole;

  Permission(Role minimumRole) {
    this.minimumRole = minimumRole;
  }

  public Role minimumRole() {
    return minimumRole;
  }
}
