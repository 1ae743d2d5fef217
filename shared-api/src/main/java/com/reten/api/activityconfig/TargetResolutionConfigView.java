package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;

/**
 * A target-resolution config as read models show it.
 *
 * @param id the config
 * @param tenantId its tenant
 * @param rule strategy, fallbacks and criteria (criteria in ascending priority)
 * @param priority lower wins among the tenant's active configs
 * @param active whether new activities may use it
 * @param createdAt creation time
 * @param updatedAt the last change
 * @param version how many times it changed since creation (its {@code ETag})
 */
public record TargetResolutionConfigView(
    UUID id,
    UUID tenantId,
    TargetResolutionRule rule,
    int priority,
    boolean active,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
