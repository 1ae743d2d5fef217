package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;

/**
 * A way to reach a commerce user.
 *
 * @param id the contact
 * @param contactType the kind of contact
 * @param value the address or number
 * @param source who supplied it
 * @param primary whether it is the user's primary contact of its type
 * @param active whether it is active
 * @param createdAt when it was added
 * @param updatedAt last change
 */
public record CommerceContactView(
    UUID id,
    ContactType contactType,
    String value,
    RecordSource source,
    boolean primary,
    boolean active,
    Instant createdAt,
    Instant updatedAt) {}
