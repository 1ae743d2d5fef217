package com.reten.gateway.activityconfig;

import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One criterion of a target-resolution config. {@code config} defaults to {@code {}}; {@code
 * priority} to the criterion's position in the list, so a list without priorities is tried in the
 * order given.
 */
record CriterionRequest(
    @NotNull TargetCriterionType type, Map<String, Object> config, Integer priority) {

  static List<TargetCriterion> toCriteria(List<CriterionRequest> requests) {
    if (requests == null) {
      return null;
    }
    List<TargetCriterion> criteria = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      CriterionRequest request = requests.get(i);
      criteria.add(
          new TargetCriterion(
              request.type(),
              request.config() == null ? Map.of() : request.config(),
              request.priority() == null ? i : request.priority()));
    }
    return criteria;
  }
}
