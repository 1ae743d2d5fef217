package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A target-resolution config was deleted: no longer listed nor used, its id never reused.
 *
 * @param tenantId the tenant
 * @param configId the config
 * @param deletedAt business time
 */
@Revision("1")
public record TargetResolutionConfigDeletedEvent(UUID tenantId, UUID configId, Instant deletedAt) {}
