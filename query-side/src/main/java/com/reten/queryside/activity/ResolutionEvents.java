package com.reten.queryside.activity;

import com.reten.api.activity.ActivityAttributesResolvedEvent;
import com.reten.api.activity.ActivityAttributesSetEvent;
import com.reten.api.activity.ActivityResolutionFailedEvent;
import com.reten.api.activity.ActivityResolutionRetryFailedEvent;
import com.reten.api.activity.ActivityResolvedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityTargetUsersResolvedEvent;
import com.reten.api.activity.ActivityTargetUsersSetEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * What each target-user, attribute and resolution event does to the activity as a whole: the status
 * it leaves (or none) and its business time, which becomes the activity's updatedAt. One place, so
 * the read model and the as-of folder cannot disagree.
 */
final class ResolutionEvents {

  /**
   * @param status the status after the event, or {@code null} when it does not change it
   * @param at the event's business time
   */
  record Change(ActivityStatus status, Instant at) {}

  private ResolutionEvents() {}

  static Optional<Change> of(Object event) {
    if (event instanceof ActivityTargetUsersSetEvent e) {
      return change(null, e.setAt());
    } else if (event instanceof ActivityTargetUsersResolvedEvent e) {
      return change(null, e.resolvedAt());
    } else if (event instanceof ActivityAttributesSetEvent e) {
      return change(null, e.setAt());
    } else if (event instanceof ActivityAttributesResolvedEvent e) {
      return change(null, e.resolvedAt());
    } else if (event instanceof ActivityResolutionFailedEvent e) {
      return change(ActivityStatus.UNRESOLVED, e.failedAt());
    } else if (event instanceof ActivityResolvedEvent e) {
      return change(ActivityStatus.READY, e.resolvedAt());
    } else if (event instanceof ActivityResolutionRetryFailedEvent e) {
      return change(null, e.failedAt());
    }
    return Optional.empty();
  }

  private static Optional<Change> change(ActivityStatus status, Instant at) {
    return Optional.of(new Change(status, at));
  }
}
