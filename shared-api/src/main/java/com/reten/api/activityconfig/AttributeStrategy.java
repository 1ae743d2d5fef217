package com.reten.api.activityconfig;

/** When an attribute of an activity is resolved (API.md §4.4). */
public enum AttributeStrategy {
  /** While the activity is created; a failure makes the activity UNRESOLVED. */
  UPFRONT,
  /** When its dispatch starts. */
  ON_DISPATCH,
  /** Only the caller's value (or fallback) is used. */
  CALLER_PROVIDED
}
