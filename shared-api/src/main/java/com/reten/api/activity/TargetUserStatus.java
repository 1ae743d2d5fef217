package com.reten.api.activity;

/** Where one target user of an activity is in its resolution (API.md 4.3). */
public enum TargetUserStatus {
  /** Waiting: resolved when dispatch starts (ON_DISPATCH) or by hand (MANUAL). */
  PENDING,
  /** A commerce user was picked by the rule; {@code lockReason} says how. */
  RESOLVED,
  /** A commerce user was assigned by hand and is no longer re-resolved. */
  LOCKED,
  /** No commerce user could be picked; the activity is UNRESOLVED until it is. */
  FAILED;

  /** Whether a commerce user stands behind it: the person the activity contacts. */
  public boolean picked() {
    return this == RESOLVED || this == LOCKED;
  }
}
