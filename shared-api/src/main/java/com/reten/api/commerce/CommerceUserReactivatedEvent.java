package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A deactivated commerce user became active again.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param reactivatedAt business time
 */
@Revision("1")
public record CommerceUserReactivatedEvent(
    UUID tenantId, UUID commerceId, UUID userId, Instant reactivatedAt) {}
