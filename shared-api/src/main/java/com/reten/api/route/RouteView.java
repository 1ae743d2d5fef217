package com.reten.api.route;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A route as read models show it.
 *
 * @param id the route
 * @param tenantId its tenant
 * @param name display name
 * @param externalId id in the tenant's own systems, or {@code null}
 * @param description free text, or {@code null}
 * @param active whether operators may be linked to it
 * @param metadata free-form attributes
 * @param operators every operator ever linked, first linked first, with the link's state
 * @param commerceIds the commerces in visit order
 * @param createdAt creation time
 * @param updatedAt last change, links included
 * @param version the aggregate's sequence number at the last change
 */
public record RouteView(
    UUID id,
    UUID tenantId,
    String name,
    String externalId,
    String description,
    boolean active,
    Map<String, Object> metadata,
    List<RouteOperatorView> operators,
    List<UUID> commerceIds,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
