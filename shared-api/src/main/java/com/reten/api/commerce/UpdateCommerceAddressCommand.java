package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Changes an address; {@code null} parts are left as they are. Its source and source reference
 * never change.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param addressId the address
 * @param changes the parts to change
 * @param primary makes it the primary address ({@code true}) or not ({@code false}); {@code null}
 *     leaves it
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record UpdateCommerceAddressCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    UUID addressId,
    AddressDetails changes,
    Boolean primary,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceAddressCommand {}
