package com.reten.gateway.route;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A new route (snake_case or camelCase field names). */
record CreateRouteRequest(
    @NotBlank @Size(max = 255) String name,
    @Size(max = 255) @Pattern(regexp = RouteFormats.NOT_BLANK, message = "must not be blank")
        String externalId,
    @Size(max = 2000) String description,
    Map<String, Object> metadata) {}
