package com.reten.commandside.activity;

/** What recording a dispatch outcome did to the activity. */
public enum DispatchResult {
  /** Accepted by the provider: DISPATCHED. */
  DISPATCHED,
  /** A failed attempt with attempts left: still READY, retried after a back-off. */
  RETRY,
  /** Given up: FAILED. */
  FAILED,
  /** The activity was no longer READY (canceled, completed...): nothing recorded. */
  IGNORED
}
