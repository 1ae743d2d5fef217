package com.reten.api.activityconfig;

/** How one criterion picks commerce users (API.md §4.3). */
public enum TargetCriterionType {
  /** Active commerce users holding the role named by the criterion's {@code config.role}. */
  ROLE_MATCH,
  /** The commerce user of the latest result on this commerce, any channel. */
  LAST_CONTACTED_ALL_CHANNELS,
  /** The commerce user of the latest result on this commerce, on the activity's channel. */
  LAST_CONTACTED_SAME_CHANNEL
}
