package com.reten.api.route;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A route's details changed; carries every detail as it now is.
 *
 * @param tenantId the tenant
 * @param routeId the route
 * @param name display name
 * @param description free text, or {@code null}
 * @param metadata free-form attributes, after the merge
 * @param updatedAt business time
 */
@Revision("1")
public record RouteUpdatedEvent(
    UUID tenantId,
    UUID routeId,
    String name,
    String description,
    Map<String, Object> metadata,
    Instant updatedAt) {}
