package com.reten.api.route;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A deactivated route became active again.
 *
 * @param tenantId the tenant
 * @param routeId the route
 * @param reactivatedAt business time
 */
@Revision("1")
public record RouteReactivatedEvent(UUID tenantId, UUID routeId, Instant reactivatedAt) {}
