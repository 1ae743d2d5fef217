package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deactivates a commerce; it stays readable, with its history. Deactivating twice changes nothing.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record DeactivateCommerceCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceCommand {}
