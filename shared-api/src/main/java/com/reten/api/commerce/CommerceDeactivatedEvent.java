package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A commerce was deactivated; it and its history stay readable.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param deactivatedAt business time
 */
@Revision("1")
public record CommerceDeactivatedEvent(UUID tenantId, UUID commerceId, Instant deactivatedAt) {}
