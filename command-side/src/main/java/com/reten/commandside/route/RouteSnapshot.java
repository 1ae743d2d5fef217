package com.reten.commandside.route;

import java.util.UUID;

/**
 * What other aggregates' handlers may read of a route (activity attributes).
 *
 * @param routeId the route
 * @param name its name
 * @param externalId its external id, or {@code null}
 */
public record RouteSnapshot(UUID routeId, String name, String externalId) {}
