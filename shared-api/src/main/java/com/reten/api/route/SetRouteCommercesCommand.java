package com.reten.api.route;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Replaces the commerces a route visits, in visit order; each must be an active commerce of the
 * tenant.
 *
 * @param tenantId the caller's tenant
 * @param routeId the route
 * @param commerceIds the commerces in visit order (may be empty; no repeats)
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record SetRouteCommercesCommand(
    UUID tenantId, UUID routeId, List<UUID> commerceIds, Long expectedVersion, Instant at) {}
