package com.reten.commandside.activity;

import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.result.ResultRoute;
import com.reten.api.result.ResultStatus;
import java.util.Optional;

/**
 * What a result does to its activity (API.md §4.1, §4.5). A final result moves a DISPATCHED
 * activity, or a READY task worked without dispatch, to the status its {@link ResultStatus}
 * implies; COMPLETED, CANCELED and FAILED stay put unless the result has {@code hard_override}. A
 * PENDING result never changes the status. On the integration route, an activity that already has a
 * final result refuses any further result (409) unless it has {@code hard_override}.
 */
final class ResultTransitions {

  private ResultTransitions() {}

  /**
   * The status the activity moves to; empty when it stays where it is.
   *
   * @throws RetenException RESULT_ALREADY_FINAL or INVALID_STATE_TRANSITION
   */
  static Optional<ActivityStatus> target(
      ResultRoute route,
      ResultStatus result,
      boolean hardOverride,
      ActivityStatus current,
      ActivityType type,
      boolean hasFinalResult) {
    if (route == ResultRoute.INTEGRATION && hasFinalResult && !hardOverride) {
      throw new RetenException(
          ErrorCode.RESULT_ALREADY_FINAL,
          "The activity already has a final result; send hard_override: true to replace it");
    }
    Optional<ActivityStatus> effect = result.effect();
    if (effect.isEmpty()) {
      return Optional.empty();
    }
    if (current.terminal()) {
      if (!hardOverride) {
        throw new RetenException(
            ErrorCode.INVALID_STATE_TRANSITION,
            "Activity is " + current + "; a result may change it only with hard_override: true");
      }
      return effect.filter(to -> to != current);
    }
    if (current == ActivityStatus.DISPATCHED
        || (current == ActivityStatus.READY && type == ActivityType.TASK)) {
      return effect;
    }
    throw new RetenException(
        ErrorCode.INVALID_STATE_TRANSITION,
        "Activity is " + current + "; a final result needs a DISPATCHED activity or a READY task");
  }
}
