package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A target-resolution config's rule or priority changed; both are given whole, as they now are.
 *
 * @param tenantId the tenant
 * @param configId the config
 * @param rule strategy, fallbacks and criteria (criteria in ascending priority)
 * @param priority lower wins among the tenant's active configs
 * @param updatedAt business time
 */
@Revision("1")
public record TargetResolutionConfigUpdatedEvent(
    UUID tenantId, UUID configId, TargetResolutionRule rule, int priority, Instant updatedAt) {}
