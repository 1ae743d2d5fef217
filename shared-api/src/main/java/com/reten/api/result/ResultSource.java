package com.reten.api.result;

/** Whether a result matched one of Reten's activities. */
public enum ResultSource {
  /** It is about an activity, found by its id or its provider's id. */
  RETEN_ACTIVITY,
  /** No activity matched its provider id: it is kept against its commerce only. */
  STANDALONE
}
