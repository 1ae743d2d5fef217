package com.reten.api.route;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A route was deactivated: still readable, no new operator links.
 *
 * @param tenantId the tenant
 * @param routeId the route
 * @param deactivatedAt business time
 */
@Revision("1")
public record RouteDeactivatedEvent(UUID tenantId, UUID routeId, Instant deactivatedAt) {}
