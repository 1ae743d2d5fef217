package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deactivates a contact (it stops being primary); deactivating twice changes nothing.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param contactId the contact
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record DeactivateCommerceContactCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    UUID userId,
    UUID contactId,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceContactCommand {}
