package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A tenant's policy for one attribute key was set (created, or replaced with other values).
 *
 * @param tenantId the tenant
 * @param policyId the policy, the same for every change of this key ({@link ActivityConfigIds})
 * @param attributeKeyId the catalog key's id
 * @param key the catalog key
 * @param strategy when the attribute is resolved
 * @param resolverType who resolves it
 * @param setAt business time
 */
@Revision("1")
public record AttributePolicySetEvent(
    UUID tenantId,
    UUID policyId,
    UUID attributeKeyId,
    String key,
    AttributeStrategy strategy,
    AttributeResolverType resolverType,
    Instant setAt) {}
