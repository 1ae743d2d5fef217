package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A commerce user got a contact, active.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param contactId the contact
 * @param contactType the kind of contact
 * @param value the address or number, normalised
 * @param source who supplied it
 * @param primary whether it is the user's primary contact of its type
 * @param previousPrimaryId the contact of this type that stopped being primary because of this one,
 *     or {@code null}
 * @param addedAt business time
 */
@Revision("1")
public record CommerceContactAddedEvent(
    UUID tenantId,
    UUID commerceId,
    UUID userId,
    UUID contactId,
    ContactType contactType,
    String value,
    RecordSource source,
    boolean primary,
    UUID previousPrimaryId,
    Instant addedAt) {}
