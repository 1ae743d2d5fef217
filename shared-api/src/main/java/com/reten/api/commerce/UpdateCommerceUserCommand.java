package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Changes a commerce user; {@code null} fields are left as they are.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param name new full name
 * @param externalId new external id (unique within the commerce); empty removes it
 * @param active deactivates ({@code false}) or reactivates ({@code true})
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record UpdateCommerceUserCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    UUID userId,
    String name,
    String externalId,
    Boolean active,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceUserCommand {}
