package com.reten.queryside.activity;

import com.reten.api.activity.ActivityResolutionFailedEvent;
import com.reten.api.activity.ActivityResolutionRetryFailedEvent;
import com.reten.api.activity.ActivityResolvedEvent;
import com.reten.api.activity.ActivityStatus;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The resolution outcomes in the activity's status and status history: RESOLUTION_FAILED,
 * RESOLUTION_RETRY_SUCCESS and RESOLUTION_RETRY_FAILED, with the error code and message that say
 * which target users and attributes failed and why.
 */
@Component
@ProcessingGroup("activities")
class ActivityResolutionProjection {

  private final ActivityTable table;

  ActivityResolutionProjection(ActivityTable table) {
    this.table = table;
  }

  @EventHandler
  void on(ActivityResolutionFailedEvent event, @SequenceNumber long version) {
    record(
        event,
        event.activityId(),
        version,
        "RESOLUTION_FAILED",
        event.fromStatus(),
        event.errorCode(),
        event.errorMessage());
  }

  @EventHandler
  void on(ActivityResolvedEvent event, @SequenceNumber long version) {
    record(
        event,
        event.activityId(),
        version,
        "RESOLUTION_RETRY_SUCCESS",
        ActivityStatus.UNRESOLVED,
        null,
        null);
  }

  @EventHandler
  void on(ActivityResolutionRetryFailedEvent event, @SequenceNumber long version) {
    record(
        event,
        event.activityId(),
        version,
        "RESOLUTION_RETRY_FAILED",
        ActivityStatus.UNRESOLVED,
        event.errorCode(),
        event.errorMessage());
  }

  private void record(
      Object event,
      UUID activityId,
      long version,
      String eventType,
      ActivityStatus from,
      String errorCode,
      String errorMessage) {
    var change = ResolutionEvents.of(event).orElseThrow();
    ActivityStatus to = change.status() == null ? ActivityStatus.UNRESOLVED : change.status();
    table.status(activityId, to, change.at(), version);
    table.statusEvent(
        activityId, version, eventType, from, to, change.at(), errorCode, errorMessage);
  }
}
