package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A contact was deactivated; it is no longer primary but stays readable.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param contactId the contact
 * @param deactivatedAt business time
 */
@Revision("1")
public record CommerceContactDeactivatedEvent(
    UUID tenantId, UUID commerceId, UUID userId, UUID contactId, Instant deactivatedAt) {}
