package com.reten.api.activityconfig;

import java.util.UUID;

/**
 * One target-resolution config of a tenant, answered with an optional {@link
 * TargetResolutionConfigView}.
 *
 * @param tenantId the tenant
 * @param configId the config
 */
public record FindTargetResolutionConfigQuery(UUID tenantId, UUID configId) {}
