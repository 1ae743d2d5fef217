package com.reten.api.route;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deactivates an operator's link to a route; an operator never linked is not found, one already
 * unlinked changes nothing.
 *
 * @param tenantId the caller's tenant (another tenant's route is not found)
 * @param routeId the route
 * @param operatorId the linked operator
 * @param expectedVersion the route version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record UnlinkOperatorFromRouteCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID routeId,
    UUID operatorId,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
