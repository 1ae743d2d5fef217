package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A deactivated commerce became active again.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param reactivatedAt business time
 */
@Revision("1")
public record CommerceReactivatedEvent(UUID tenantId, UUID commerceId, Instant reactivatedAt) {}
