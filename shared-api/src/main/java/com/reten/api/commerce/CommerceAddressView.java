package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;

/**
 * An address of a commerce.
 *
 * @param id the address
 * @param source who supplied it
 * @param sourceRef the supplier's reference, or {@code null}
 * @param address where it is
 * @param primary whether it is the commerce's primary address
 * @param active whether it is active
 * @param createdAt when it was added
 * @param updatedAt last change
 */
public record CommerceAddressView(
    UUID id,
    RecordSource source,
    String sourceRef,
    AddressDetails address,
    boolean primary,
    boolean active,
    Instant createdAt,
    Instant updatedAt) {}
