package com.reten.api.route;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Changes a route; every {@code null} field is left as it is.
 *
 * @param tenantId the caller's tenant (another tenant's route is not found)
 * @param routeId the route
 * @param name new display name, or {@code null}
 * @param description new description, or {@code null}
 * @param active {@code false} deactivates, {@code true} reactivates, {@code null} leaves it
 * @param metadata merged key by key into the current metadata; a {@code null} value removes a key
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record UpdateRouteCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID routeId,
    String name,
    String description,
    Boolean active,
    Map<String, Object> metadata,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
