package com.reten.gateway.route;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The route fields a PATCH may change; an absent or null field is left as it is. */
record UpdateRouteRequest(
    @Size(max = 255) @Pattern(regexp = RouteFormats.NOT_BLANK, message = "must not be blank")
        String name,
    @Size(max = 2000) String description,
    Boolean isActive,
    Map<String, Object> metadata) {}
