package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets how the tenant resolves one attribute key, replacing any policy it had for that key.
 *
 * @param tenantId the tenant
 * @param attributeKeyId a key of the {@link AttributeKeys} catalog (another id is not found)
 * @param strategy when the attribute is resolved
 * @param resolverType who resolves it
 * @param at business time of the request
 */
public record SetAttributePolicyCommand(
    UUID tenantId,
    UUID attributeKeyId,
    AttributeStrategy strategy,
    AttributeResolverType resolverType,
    Instant at) {

  /** The tenant's attribute-policies aggregate, derived from the tenant. */
  @TargetAggregateIdentifier
  public UUID policiesId() {
    return ActivityConfigIds.attributePolicies(tenantId);
  }
}
