package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A target-resolution config stopped being a candidate for new activities; it stays listed.
 *
 * @param tenantId the tenant
 * @param configId the config
 * @param deactivatedAt business time
 */
@Revision("1")
public record TargetResolutionConfigDeactivatedEvent(
    UUID tenantId, UUID configId, Instant deactivatedAt) {}
