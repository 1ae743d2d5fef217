package com.reten.gateway.route;

import com.reten.api.route.RouteRole;
import java.util.UUID;

/** An operator's link to a route as linking answers it. */
record RouteOperatorLinkResponse(UUID routeId, UUID operatorId, RouteRole role, boolean isActive) {}
