package com.reten.gateway.route;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The commerces a route visits, in order (empty clears the list). */
record SetRouteCommercesRequest(@NotNull @Size(max = 1000) List<@NotNull UUID> commerceIds) {}
