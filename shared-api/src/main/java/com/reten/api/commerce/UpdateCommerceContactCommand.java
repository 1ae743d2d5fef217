package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Changes a contact; {@code null} fields are left as they are.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param contactId the contact
 * @param value new value, valid for the contact's type
 * @param primary makes it the primary contact of its type ({@code true}) or not ({@code false})
 * @param active deactivates ({@code false}) or reactivates ({@code true})
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record UpdateCommerceContactCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    UUID userId,
    UUID contactId,
    String value,
    Boolean primary,
    Boolean active,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceContactCommand {}
