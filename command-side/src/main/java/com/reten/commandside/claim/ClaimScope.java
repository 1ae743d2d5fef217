package com.reten.commandside.claim;

/**
 * The namespaces of values that must be unique. A value unique per tenant is claimed as {@link
 * #perTenant}, so equal values in two tenants never collide.
 */
public enum ClaimScope {
  TENANT_SLUG,
  USER_EMAIL,
  OPERATOR_EMAIL,
  OPERATOR_EXTERNAL_ID,
  ROUTE_EXTERNAL_ID,
  COMMERCE_EXTERNAL_ID,
  COMMERCE_TAX_ID,
  DISPATCH_PROVIDER_CODE,
  /** A tenant's one active dispatch config per channel: {@code perTenant(tenant, channel)}. */
  ACTIVE_DISPATCH_CONFIG,
  /**
   * A result submission's {@code Idempotency-Key}: {@code perTenant(tenant, key)}, held by the
   * result it recorded.
   */
  RESULT_IDEMPOTENCY_KEY;

  /** The claim value of {@code value} when it must be unique only within {@code tenantId}. */
  public static String perTenant(java.util.UUID tenantId, String value) {
    return tenantId + ":" + value;
  }
}
