package com.reten.api.dispatch;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A dispatch config was deactivated: it no longer dispatches, and another config may take its
 * channel.
 *
 * @param tenantId the tenant
 * @param configId the config
 * @param deactivatedAt business time
 */
@Revision("1")
public record DispatchConfigDeactivatedEvent(UUID tenantId, UUID configId, Instant deactivatedAt) {}
