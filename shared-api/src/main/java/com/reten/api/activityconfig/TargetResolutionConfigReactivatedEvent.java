package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A deactivated target-resolution config became active again, its priority free among the active.
 *
 * @param tenantId the tenant
 * @param configId the config
 * @param reactivatedAt business time
 */
@Revision("1")
public record TargetResolutionConfigReactivatedEvent(
    UUID tenantId, UUID configId, Instant reactivatedAt) {}
