package com.reten.api.activityconfig;

/** When an activity's target users are resolved (API.md §4.3). */
public enum TargetResolutionStrategy {
  /** While the activity is created. */
  ON_CREATION,
  /** When its dispatch starts. */
  ON_DISPATCH,
  /** Never automatically: the target stays PENDING (activity UNRESOLVED) until resolved by hand. */
  MANUAL
}
