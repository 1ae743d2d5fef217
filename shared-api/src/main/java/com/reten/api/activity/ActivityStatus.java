package com.reten.api.activity;

/** Where an activity is in its life (API.md 4.1); COMPLETED, CANCELED and FAILED are terminal. */
public enum ActivityStatus {
  READY,
  UNRESOLVED,
  DISPATCHED,
  COMPLETED,
  CANCELED,
  FAILED;

  public boolean terminal() {
    return this == COMPLETED || this == CANCELED || this == FAILED;
  }
}
