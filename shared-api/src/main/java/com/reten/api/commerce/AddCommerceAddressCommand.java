package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Adds an address to a commerce. A primary address replaces the previous primary one.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param addressId id of the new address
 * @param source who supplied it
 * @param sourceRef the supplier's reference for it, or {@code null}
 * @param address where it is
 * @param primary whether it becomes the commerce's primary address
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record AddCommerceAddressCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    UUID addressId,
    RecordSource source,
    String sourceRef,
    AddressDetails address,
    boolean primary,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceCommand {}
