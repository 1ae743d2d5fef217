package com.reten.commandside.activity;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.AttributeStatus;
import com.reten.api.activity.TargetUserStatus;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Why an activity cannot be READY: a FAILED target user, one waiting for a hand (MANUAL), or a
 * FAILED attribute Reten was to resolve. The code names the first kind found in that order; the
 * message lists every one, with its reason, for the status event.
 *
 * @param errorCode TARGET_RESOLUTION_FAILED, MANUAL_RESOLUTION_PENDING or
 *     ATTRIBUTE_RESOLUTION_FAILED
 * @param errorMessage every blocking target user and attribute, and why
 */
record ResolutionFailure(String errorCode, String errorMessage) {

  static final String TARGET_FAILED = "TARGET_RESOLUTION_FAILED";
  static final String MANUAL_PENDING = "MANUAL_RESOLUTION_PENDING";
  static final String ATTRIBUTE_FAILED = "ATTRIBUTE_RESOLUTION_FAILED";

  static Optional<ResolutionFailure> of(
      Collection<ActivityTargetUser> targets, Collection<ActivityAttribute> attributes) {
    List<String> reasons = new ArrayList<>();
    boolean targetFailed = false;
    boolean manual = false;
    for (ActivityTargetUser target : targets) {
      if (target.status() == TargetUserStatus.FAILED) {
        targetFailed = true;
        reasons.add("target user " + target.id() + " FAILED: " + target.errorMessage());
      } else if (target.status() == TargetUserStatus.PENDING
          && target.strategy() == TargetResolutionStrategy.MANUAL) {
        manual = true;
        reasons.add("target user " + target.id() + " " + ActivityTargets.BY_HAND);
      }
    }
    for (ActivityAttribute attribute : attributes) {
      if (attribute.status() == AttributeStatus.FAILED && ActivityAttributes.required(attribute)) {
        reasons.add("attribute " + attribute.key() + " FAILED: " + attribute.errorMessage());
      }
    }
    if (reasons.isEmpty()) {
      return Optional.empty();
    }
    String code = targetFailed ? TARGET_FAILED : manual ? MANUAL_PENDING : ATTRIBUTE_FAILED;
    return Optional.of(new ResolutionFailure(code, String.join("; ", reasons)));
  }
}
