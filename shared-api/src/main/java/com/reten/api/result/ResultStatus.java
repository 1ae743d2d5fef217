package com.reten.api.result;

import com.reten.api.activity.ActivityStatus;
import java.util.Optional;

/**
 * What a result says happened (API.md §4.5), in the core vocabulary (PENDING, COMPLETED,
 * NOT_EXECUTED, CANCELED, TRANSFERRED) or the integration one (EFFECTIVE, NOT_EFFECTIVE, PENDING);
 * {@link ResultRoute} says which route accepts which.
 */
public enum ResultStatus {
  PENDING(null),
  COMPLETED(ActivityStatus.COMPLETED),
  NOT_EXECUTED(ActivityStatus.FAILED),
  CANCELED(ActivityStatus.CANCELED),
  TRANSFERRED(ActivityStatus.COMPLETED),
  EFFECTIVE(ActivityStatus.COMPLETED),
  NOT_EFFECTIVE(ActivityStatus.FAILED);

  private final ActivityStatus effect;

  ResultStatus(ActivityStatus effect) {
    this.effect = effect;
  }

  /** The status a result moves its activity to; empty when it changes nothing (PENDING). */
  public Optional<ActivityStatus> effect() {
    return Optional.ofNullable(effect);
  }

  /** Whether this is a final result: one that moves its activity to a terminal status. */
  public boolean isFinal() {
    return effect != null;
  }

  /**
   * This status in the integration vocabulary: EFFECTIVE when it completes the activity,
   * NOT_EFFECTIVE when it fails or cancels it, PENDING otherwise.
   */
  public ResultStatus integrationView() {
    if (effect == null) {
      return PENDING;
    }
    return effect == ActivityStatus.COMPLETED ? EFFECTIVE : NOT_EFFECTIVE;
  }
}
