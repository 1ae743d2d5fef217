package com.reten.api.route;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A route was created, active and without operators or commerces.
 *
 * @param tenantId the tenant
 * @param routeId the route
 * @param name display name
 * @param externalId id in the tenant's own systems, or {@code null}
 * @param description free text, or {@code null}
 * @param metadata free-form attributes
 * @param createdAt business time
 */
@Revision("1")
public record RouteCreatedEvent(
    UUID tenantId,
    UUID routeId,
    String name,
    String externalId,
    String description,
    Map<String, Object> metadata,
    Instant createdAt) {}
