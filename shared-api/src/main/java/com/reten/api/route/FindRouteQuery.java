package com.reten.api.route;

import java.util.UUID;

/**
 * One route of a tenant, answered with an optional {@link RouteView}.
 *
 * @param tenantId the tenant
 * @param routeId the route
 */
public record FindRouteQuery(UUID tenantId, UUID routeId) {}
