package com.reten.gateway.route;

import com.reten.api.route.RouteRole;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An operator to link to a route; the role defaults to MEMBER. */
record LinkOperatorRequest(@NotNull UUID operatorId, RouteRole role) {}
