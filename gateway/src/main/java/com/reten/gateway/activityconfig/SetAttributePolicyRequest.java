package com.reten.gateway.activityconfig;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * A policy for one attribute key (snake_case or camelCase; {@code resolution_strategy} is accepted
 * for {@code strategy}, as Reten's public API does).
 */
record SetAttributePolicyRequest(
    @NotNull UUID attributeKeyId,
    @NotNull @JsonAlias({"resolution_strategy", "resolutionStrategy"}) AttributeStrategy strategy,
    @NotNull AttributeResolverType resolverType) {}
