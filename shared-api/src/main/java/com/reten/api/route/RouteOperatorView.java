package com.reten.api.route;

import java.util.UUID;

/**
 * An operator's link to a route.
 *
 * @param operatorId the operator
 * @param role the operator's part on the route
 * @param active whether the link is in force
 */
public record RouteOperatorView(UUID operatorId, RouteRole role, boolean active) {}
