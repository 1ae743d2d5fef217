package com.reten.commandside.activityconfig;

import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;

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

  /** Refuses when the caller saw another version ({@code If-Match}); {@code null}: any. */
  void requireAt(Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != version) {
      throw new RetenException(
          ErrorCode.CONCURRENT_MODIFICATION,
          "Target-resolution config is at version "
              + version
              + ", not "
              + expectedVersion
              + "; read it again");
    }
  }

  TargetResolutionConfig changed(TargetResolutionRule rule, int priority) {
    return new TargetResolutionConfig(rule, priority, active, version + 1);
  }

  TargetResolutionConfig activated(boolean active) {
    return new TargetResolutionConfig(rule, priority, active, version + 1);
  }
}
