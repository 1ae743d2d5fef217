package com.reten.api.commerce;

import java.util.UUID;

/**
 * An address in a sync. It matches an active address with the same {@code sourceRef} when one is
 * given, otherwise one with the same details; a match is updated, anything else added.
 *
 * @param addressId id to use if the address is added
 * @param source who supplied it
 * @param sourceRef the supplier's reference, or {@code null}
 * @param address where it is
 * @param primary whether it is the commerce's primary address
 */
public record SyncedAddress(
    UUID addressId,
    RecordSource source,
    String sourceRef,
    AddressDetails address,
    boolean primary) {}
