package com.reten.api.dispatch;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A dispatch config became active again: it dispatches its channel.
 *
 * @param tenantId the tenant
 * @param configId the config
 * @param activatedAt business time
 */
@Revision("1")
public record DispatchConfigActivatedEvent(UUID tenantId, UUID configId, Instant activatedAt) {}
