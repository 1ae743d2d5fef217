package com.reten.api.dispatch;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A dispatch config was deleted: it no longer dispatches, is no longer listed, and frees its
 * channel.
 *
 * @param tenantId the tenant
 * @param configId the config
 * @param deletedAt business time
 */
@Revision("1")
public record DispatchConfigDeletedEvent(UUID tenantId, UUID configId, Instant deletedAt) {}
