package com.reten.api.activity;

/** Why a target user holds the commerce user it holds (API.md 4.3). */
public enum TargetLockReason {
  /** A criterion of the rule matched. */
  CRITERIA_MATCH,
  /** No criterion matched; the commerce's COMMERCE_REP was taken. */
  FALLBACK_COMMERCE_REP,
  /** No criterion matched and there was no COMMERCE_REP; the commerce's OWNER was taken. */
  FALLBACK_OWNER,
  /** Assigned by hand. */
  MANUAL_ASSIGNMENT
}
