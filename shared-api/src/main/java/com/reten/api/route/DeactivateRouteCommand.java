package com.reten.api.route;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deactivates a route (the DELETE of the API); it stays readable with its links. Deactivating an
 * inactive route changes nothing.
 *
 * @param tenantId the caller's tenant (another tenant's route is not found)
 * @param routeId the route
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record DeactivateRouteCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID routeId,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
