package com.reten.gateway.activity;

import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** One target criterion of a create request; {@code priority} defaults to 0 (tried first). */
record TargetCriterionRequest(
    @NotNull TargetCriterionType type, Map<String, Object> config, Integer priority) {

  TargetCriterion criterion() {
    return new TargetCriterion(
        type, config == null ? Map.of() : config, priority == null ? 0 : priority);
  }
}
