package com.reten.api.route;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Creates a route, active and without operators or commerces.
 *
 * @param tenantId the tenant
 * @param routeId id of the new route
 * @param name display name
 * @param externalId id in the tenant's own systems, unique in the tenant, or {@code null}
 * @param description free text, or {@code null}
 * @param metadata free-form attributes ({@code null} values are dropped)
 * @param at business time of the request
 */
public record CreateRouteCommand(
    UUID tenantId,
    UUID routeId,
    String name,
    String externalId,
    String description,
    Map<String, Object> metadata,
    Instant at) {}
