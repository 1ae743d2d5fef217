package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deactivates an address (it stops being primary); deactivating twice changes nothing.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param addressId the address
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record DeactivateCommerceAddressCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    UUID addressId,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceAddressCommand {}
