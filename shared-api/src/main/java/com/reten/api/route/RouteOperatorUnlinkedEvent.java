package com.reten.api.route;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An operator's link to a route was deactivated; the route still lists it as inactive.
 *
 * @param tenantId the tenant
 * @param routeId the route
 * @param operatorId the operator
 * @param unlinkedAt business time
 */
@Revision("1")
public record RouteOperatorUnlinkedEvent(
    UUID tenantId, UUID routeId, UUID operatorId, Instant unlinkedAt) {}
