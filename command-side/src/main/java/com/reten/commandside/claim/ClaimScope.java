package com.reten.commandside.claim;

/** The namespaces of values that must be unique; tenant-scoped values include the tenant id. */
public enum ClaimScope {
  TENANT_SLUG,
  USER_EMAIL
}
