package com.reten.api.activityconfig;

import java.util.List;
import java.util.Map;

/**
 * What target resolution of one activity follows: the request's criteria, else the tenant's active
 * target-resolution config with the lowest priority, else {@link #DEFAULT}.
 *
 * @param strategy when to resolve
 * @param fallbackToCommerceRep whether a COMMERCE_REP user is taken when no criterion matches
 * @param fallbackToOwner whether an OWNER user is taken after that
 * @param criteria tried in ascending priority
 */
public record TargetResolutionRule(
    TargetResolutionStrategy strategy,
    boolean fallbackToCommerceRep,
    boolean fallbackToOwner,
    List<TargetCriterion> criteria) {

  /** API.md §4.3: with no config, ON_CREATION with ROLE_MATCH COMMERCE_REP and both fallbacks. */
  public static final TargetResolutionRule DEFAULT =
      new TargetResolutionRule(
          TargetResolutionStrategy.ON_CREATION,
          true,
          true,
          List.of(
              new TargetCriterion(
                  TargetCriterionType.ROLE_MATCH, Map.of("role", "COMMERCE_REP"), 0)));
}
