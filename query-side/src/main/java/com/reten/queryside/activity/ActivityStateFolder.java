package com.reten.queryside.activity;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityView;
import com.reten.api.result.ActivityResultAppliedEvent;
import com.reten.api.result.ActivityResultRecordedEvent;
import com.reten.api.result.ActivityResultView;
import java.time.Instant;
import java.util.Optional;

/** Folds an activity's events, in order, into the state they describe. */
class ActivityStateFolder {

  private ActivityCreatedEvent created;
  private ActivityStatus status;
  private Instant updatedAt;
  private long version = -1;
  private ActivityResultView result;
  private final ActivityDispatchFolding dispatch = new ActivityDispatchFolding();

  void apply(Object event, long sequence) {
    ResolutionEvents.of(event).ifPresent(this::resolution);
    if (event instanceof ActivityCreatedEvent e) {
      created = e;
      status = e.status();
      updatedAt = e.createdAt();
    } else if (event instanceof ActivityDispatchedEvent e) {
      status = ActivityStatus.DISPATCHED;
      updatedAt = e.dispatchedAt();
    } else if (event instanceof ActivityCanceledEvent e) {
      status = ActivityStatus.CANCELED;
      updatedAt = e.canceledAt();
    } else if (event instanceof ActivityResultRecordedEvent e) {
      result = ActivityResultView.of(e.result(), e.recordedAt());
      updatedAt = e.recordedAt();
    } else if (event instanceof ActivityResultAppliedEvent e) {
      status = e.toStatus();
      updatedAt = e.appliedAt();
    } else if (event instanceof ActivityDispatchFailedEvent) {
      status = ActivityStatus.FAILED;
    }
    dispatch.apply(event).ifPresent(at -> updatedAt = at);
    version = sequence;
  }

  private void resolution(ResolutionEvents.Change change) {
    status = change.status() == null ? status : change.status();
    updatedAt = change.at();
  }

  /** The state reached, or empty when no creation was applied. */
  Optional<ActivityView> view(String commerceName, String commerceExternalId) {
    if (created == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ActivityView(
            created.activityId(),
            created.tenantId(),
            created.details(),
            status,
            commerceName,
            commerceExternalId,
            created.createdAt(),
            updatedAt,
            version,
            result,
            dispatch.summary()));
  }
}
