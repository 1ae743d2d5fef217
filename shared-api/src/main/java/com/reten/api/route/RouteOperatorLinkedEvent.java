package com.reten.api.route;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An operator's link to a route is active with this role: a first link, a reactivated one, or a
 * changed role.
 *
 * @param tenantId the tenant
 * @param routeId the route
 * @param operatorId the operator
 * @param role the operator's part on the route
 * @param linkedAt business time
 */
@Revision("1")
public record RouteOperatorLinkedEvent(
    UUID tenantId, UUID routeId, UUID operatorId, RouteRole role, Instant linkedAt) {}
