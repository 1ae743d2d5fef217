package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A deactivated contact became active again (not primary).
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param contactId the contact
 * @param reactivatedAt business time
 */
@Revision("1")
public record CommerceContactReactivatedEvent(
    UUID tenantId, UUID commerceId, UUID userId, UUID contactId, Instant reactivatedAt) {}
