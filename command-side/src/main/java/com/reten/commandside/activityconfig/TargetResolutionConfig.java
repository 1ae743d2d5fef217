package com.reten.commandside.activityconfig;

import com.reten.api.activityconfig.TargetResolutionRule;

/**
 * One target-resolution config inside {@link TargetResolutions}.
 *
 * @param rule its rule, canonical
 * @param priority lower wins among the active
 * @param active whether new activities may use it
 * @param version how many of its events followed its creation (its ETag)
 */
record TargetResolutionConfig(
    TargetResolutionRule rule, int priority, boolean active, long version) {

  TargetResolutionConfig changed(TargetResolutionRule rule, int priority) {
    return new TargetResolutionConfig(rule, priority, active, version + 1);
  }

  TargetResolutionConfig activated(boolean active) {
    return new TargetResolutionConfig(rule, priority, active, version + 1);
  }
}
