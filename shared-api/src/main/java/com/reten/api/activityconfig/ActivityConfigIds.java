package com.reten.api.activityconfig;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

/**
 * Ids derived from a tenant's id for its activity configuration. A tenant's configuration lives in
 * aggregates of their own, one per tenant; the event store's key is (aggregate id, sequence) for
 * every aggregate type, so their ids must never equal the tenant's own id, nor each other's.
 */
public final class ActivityConfigIds {

  private ActivityConfigIds() {}

  /** The aggregate holding the tenant's target-resolution configs. */
  public static UUID targetResolutions(UUID tenantId) {
    return derive("target-resolution:" + tenantId);
  }

  /** The aggregate holding the tenant's attribute policies. */
  public static UUID attributePolicies(UUID tenantId) {
    return derive("attribute-policies:" + tenantId);
  }

  /** The id of the tenant's policy for {@code key}: the same for every upsert of that key. */
  public static UUID attributePolicy(UUID tenantId, String key) {
    return derive("attribute-policy:" + tenantId + ":" + key);
  }

  private static UUID derive(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(UTF_8));
  }
}
