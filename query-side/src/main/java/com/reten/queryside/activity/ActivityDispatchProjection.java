package com.reten.queryside.activity;

import com.reten.api.activity.ActivityDispatchAttemptFailedEvent;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchRequestedEvent;
import com.reten.api.activity.ActivityStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The dispatch events of an activity (API.md §5.4) in its read model and status history: failed
 * attempts (DISPATCH_ATTEMPT_FAILED, READY → READY) and giving up (DISPATCH_FAILED, READY →
 * FAILED), each with its error code and message. Same processing group as {@link
 * ActivityProjection}, so the activity row exists and the events apply in order.
 */
@Component
@ProcessingGroup("activities")
class ActivityDispatchProjection {

  private final ActivityTable table;

  ActivityDispatchProjection(ActivityTable table) {
    this.table = table;
  }

  @EventHandler
  void on(ActivityDispatchAttemptFailedEvent event, @SequenceNumber long version) {
    table.dispatchAttempted(
        event.activityId(), null, event.attempt(), null, event.failedAt(), version);
    table.statusEvent(
        event.activityId(),
        version,
        "DISPATCH_ATTEMPT_FAILED",
        ActivityStatus.READY,
        ActivityStatus.READY,
        event.failedAt(),
        event.errorCode(),
        event.errorMessage());
  }

  @EventHandler
  void on(ActivityDispatchFailedEvent event, @SequenceNumber long version) {
    table.dispatchAttempted(
        event.activityId(),
        ActivityStatus.FAILED,
        event.attempts(),
        null,
        event.failedAt(),
        version);
    table.statusEvent(
        event.activityId(),
        version,
        "DISPATCH_FAILED",
        ActivityStatus.READY,
        ActivityStatus.FAILED,
        event.failedAt(),
        event.errorCode(),
        event.errorMessage());
  }

  /** No status change, but the activity's version (its ETag) moves on. */
  @EventHandler
  void on(ActivityDispatchRequestedEvent event, @SequenceNumber long version) {
    table.changed(event.activityId(), event.requestedAt(), version);
  }
}
