package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Adds a way to reach a commerce user. A primary contact replaces the user's previous primary
 * contact of the same type.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param contactId id of the new contact
 * @param contactType the kind of contact
 * @param value the address or number, valid for its type
 * @param source who supplied it
 * @param primary whether it becomes the user's primary contact of its type
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record AddCommerceContactCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    UUID userId,
    UUID contactId,
    ContactType contactType,
    String value,
    RecordSource source,
    boolean primary,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceUserCommand {}
