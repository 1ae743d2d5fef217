package com.reten.api.activity;

/** Where one attribute of an activity is in its resolution (API.md 4.4). */
public enum AttributeStatus {
  /** Resolved when dispatch starts. */
  PENDING,
  /** Has its value, from the caller or from its resolver. */
  RESOLVED,
  /** Its resolver failed and no fallback was given. */
  FAILED,
  /** Its resolver failed; the caller's fallback is its value. */
  FALLBACK;

  /** Whether it holds a value to send (its own or the fallback). */
  public boolean hasValue() {
    return this == RESOLVED || this == FALLBACK;
  }
}
