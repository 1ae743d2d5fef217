package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A commerce user's name or external id changed; both hold their values after the change.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param name full name, or {@code null}
 * @param externalId external id, or {@code null}
 * @param updatedAt business time
 */
@Revision("1")
public record CommerceUserUpdatedEvent(
    UUID tenantId,
    UUID commerceId,
    UUID userId,
    String name,
    String externalId,
    Instant updatedAt) {}
