package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A commerce user was deactivated; activities no longer target them.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param deactivatedAt business time
 */
@Revision("1")
public record CommerceUserDeactivatedEvent(
    UUID tenantId, UUID commerceId, UUID userId, Instant deactivatedAt) {}
