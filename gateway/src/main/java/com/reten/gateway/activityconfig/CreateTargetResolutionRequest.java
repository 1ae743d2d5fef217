package com.reten.gateway.activityconfig;

import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/** A new target-resolution config (snake_case or camelCase field names). */
record CreateTargetResolutionRequest(
    @NotNull TargetResolutionStrategy resolutionStrategy,
    Boolean fallbackToCommerceRep,
    Boolean fallbackToOwner,
    Integer priority,
    @Size(max = 20) List<@NotNull @Valid CriterionRequest> criteria) {

  /** The rule, with API.md's defaults: both fallbacks on, no criteria. */
  TargetResolutionRule rule() {
    return new TargetResolutionRule(
        resolutionStrategy,
        Objects.requireNonNullElse(fallbackToCommerceRep, true),
        Objects.requireNonNullElse(fallbackToOwner, true),
        Objects.requireNonNullElse(CriterionRequest.toCriteria(criteria), List.of()));
  }

  int priorityOrDefault() {
    return Objects.requireNonNullElse(priority, 0);
  }
}
