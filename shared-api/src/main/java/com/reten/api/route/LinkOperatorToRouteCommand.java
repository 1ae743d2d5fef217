package com.reten.api.route;

import java.time.Instant;
import java.util.UUID;

/**
 * Links an active operator of the tenant to an active route with a role. Linking a linked operator
 * again reactivates the link or changes its role; with the same role it changes nothing.
 *
 * @param tenantId the caller's tenant (another tenant's route or operator is not found)
 * @param routeId the route
 * @param operatorId the operator
 * @param role the operator's part on the route
 * @param expectedVersion the route version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record LinkOperatorToRouteCommand(
    UUID tenantId,
    UUID routeId,
    UUID operatorId,
    RouteRole role,
    Long expectedVersion,
    Instant at) {}
