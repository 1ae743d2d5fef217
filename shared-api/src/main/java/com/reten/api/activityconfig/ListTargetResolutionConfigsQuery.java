package com.reten.api.activityconfig;

import java.util.UUID;

/**
 * The tenant's target-resolution configs, answered with a list of {@link
 * TargetResolutionConfigView} by ascending priority (on a tie, active first, then oldest first).
 *
 * @param tenantId the tenant
 */
public record ListTargetResolutionConfigsQuery(UUID tenantId) {}
