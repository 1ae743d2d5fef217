package com.reten.api.commerce;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Adds a person to a commerce. {@code externalId}, when set, must be unique within the commerce.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param userId id of the new commerce user
 * @param name full name ("first last")
 * @param externalId the tenant's own id for the person, or {@code null}
 * @param source who supplied it
 * @param roles what the person does at the commerce
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record AddCommerceUserCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    UUID userId,
    String name,
    String externalId,
    RecordSource source,
    Set<CommerceRole> roles,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceCommand {}
