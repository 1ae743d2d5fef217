package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's policy for one attribute key, as read models show it.
 *
 * @param id the policy
 * @param tenantId its tenant
 * @param attributeKeyId the catalog key's id
 * @param key the catalog key
 * @param strategy when the attribute is resolved
 * @param resolverType who resolves it
 * @param createdAt when the key was first given a policy
 * @param updatedAt the last change
 */
public record AttributePolicyView(
    UUID id,
    UUID tenantId,
    UUID attributeKeyId,
    String key,
    AttributeStrategy strategy,
    AttributeResolverType resolverType,
    Instant createdAt,
    Instant updatedAt) {}
