package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A contact's value or primary flag changed; both hold their values after the change.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param contactId the contact
 * @param value the address or number, normalised
 * @param primary whether it is the user's primary contact of its type
 * @param previousPrimaryId the contact of this type that stopped being primary because of this one,
 *     or {@code null}
 * @param updatedAt business time
 */
@Revision("1")
public record CommerceContactUpdatedEvent(
    UUID tenantId,
    UUID commerceId,
    UUID userId,
    UUID contactId,
    String value,
    boolean primary,
    UUID previousPrimaryId,
    Instant updatedAt) {}
