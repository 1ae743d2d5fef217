package com.reten.api.activity;

import com.reten.api.activityconfig.TargetCriterion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a create request asks of target and attribute resolution (API.md 4.2–4.4).
 *
 * @param targetCriteria the request's criteria; empty to follow the tenant's configuration
 * @param attributeKeys keys to resolve by the tenant's policies
 * @param attributes keys with the caller's value and/or fallback; their keys are requested too
 */
public record ActivityResolutionRequest(
    List<TargetCriterion> targetCriteria,
    List<String> attributeKeys,
    List<AttributeRequest> attributes) {

  /** Nothing asked: the tenant's target-resolution rule, no attributes. */
  public static final ActivityResolutionRequest NONE =
      new ActivityResolutionRequest(List.of(), List.of(), List.of());

  /** Absent lists are empty; null elements are kept, for the command side to refuse by index. */
  public ActivityResolutionRequest {
    targetCriteria = copy(targetCriteria);
    attributeKeys = copy(attributeKeys);
    attributes = copy(attributes);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
