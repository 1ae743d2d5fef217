package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A tenant added a target-resolution config, active.
 *
 * @param tenantId the tenant
 * @param configId the config
 * @param rule strategy, fallbacks and criteria (criteria in ascending priority)
 * @param priority lower wins among the tenant's active configs
 * @param createdAt business time
 */
@Revision("1")
public record TargetResolutionConfigCreatedEvent(
    UUID tenantId, UUID configId, TargetResolutionRule rule, int priority, Instant createdAt) {}
