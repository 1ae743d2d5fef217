package com.reten.queryside.activity;

import com.reten.api.activity.ActivityDispatchAttemptFailedEvent;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchRequestedEvent;
import com.reten.api.activity.ActivityStatus;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
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

  private final ActivityRows activities;
  private final ActivityStatusEventRows statusEvents;

  ActivityDispatchProjection(ActivityRows activities, ActivityStatusEventRows statusEvents) {
    this.activities = activities;
    this.statusEvents = statusEvents;
  }

  @EventHandler
  void on(ActivityDispatchAttemptFailedEvent event, @SequenceNumber long version) {
    change(
        event.activityId(),
        event.failedAt(),
        version,
        row -> row.dispatchAttempted(event.attempt(), null));
    statusEvents.save(
        new ActivityStatusEventRow(
            event.activityId(),
            version,
            "DISPATCH_ATTEMPT_FAILED",
            ActivityStatus.READY,
            ActivityStatus.READY,
            event.failedAt(),
            event.errorCode(),
            event.errorMessage()));
  }

  @EventHandler
  void on(ActivityDispatchFailedEvent event, @SequenceNumber long version) {
    change(
        event.activityId(),
        event.failedAt(),
        version,
        row -> {
          row.status(ActivityStatus.FAILED);
          row.dispatchAttempted(event.attempts(), null);
        });
    statusEvents.save(
        new ActivityStatusEventRow(
            event.activityId(),
            version,
            "DISPATCH_FAILED",
            ActivityStatus.READY,
            ActivityStatus.FAILED,
            event.failedAt(),
            event.errorCode(),
            event.errorMessage()));
  }

  /** No status change, but the activity's version (its ETag) moves on. */
  @EventHandler
  void on(ActivityDispatchRequestedEvent event, @SequenceNumber long version) {
    change(event.activityId(), event.requestedAt(), version, row -> {});
  }

  private void change(UUID activityId, Instant at, long version, Consumer<ActivityRow> change) {
    activities
        .findById(activityId)
        .ifPresent(
            row -> {
              change.accept(row);
              row.changed(at, version);
            });
  }
}
