package com.reten.api.route;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A route's commerces were replaced.
 *
 * @param tenantId the route's tenant
 * @param routeId the route
 * @param commerceIds the commerces in visit order
 * @param setAt business time
 */
@Revision("1")
public record RouteCommercesSetEvent(
    UUID tenantId, UUID routeId, List<UUID> commerceIds, Instant setAt) {}
