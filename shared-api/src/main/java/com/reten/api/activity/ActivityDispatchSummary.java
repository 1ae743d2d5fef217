package com.reten.api.activity;

/**
 * Where an activity's dispatch stands.
 *
 * @param providerActivityId the provider's id for it once dispatched, or {@code null}
 * @param attemptCount dispatch attempts made so far
 */
public record ActivityDispatchSummary(String providerActivityId, int attemptCount) {

  /** Not dispatched, no attempt made. */
  public static final ActivityDispatchSummary NONE = new ActivityDispatchSummary(null, 0);
}
