package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Gives a commerce user a role; giving a role they hold changes nothing.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param role the role
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record AddCommerceUserRoleCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    UUID userId,
    CommerceRole role,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceUserCommand {}
