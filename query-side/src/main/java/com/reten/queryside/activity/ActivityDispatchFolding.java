package com.reten.queryside.activity;

import com.reten.api.activity.ActivityDispatchAttemptFailedEvent;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchRequestedEvent;
import com.reten.api.activity.ActivityDispatchSummary;
import com.reten.api.activity.ActivityDispatchedEvent;
import java.time.Instant;
import java.util.Optional;

/** The dispatch part of {@link ActivityStateFolder}: attempts, the provider's id, change time. */
class ActivityDispatchFolding {

  private int attempts;
  private String providerActivityId;

  /** Applies a dispatch event; answers its business time, or empty for any other event. */
  Optional<Instant> apply(Object event) {
    if (event instanceof ActivityDispatchedEvent e) {
      attempts = e.attempt();
      providerActivityId = e.providerActivityId();
      return Optional.of(e.dispatchedAt());
    } else if (event instanceof ActivityDispatchAttemptFailedEvent e) {
      attempts = e.attempt();
      return Optional.of(e.failedAt());
    } else if (event instanceof ActivityDispatchFailedEvent e) {
      attempts = e.attempts();
      return Optional.of(e.failedAt());
    } else if (event instanceof ActivityDispatchRequestedEvent e) {
      return Optional.of(e.requestedAt());
    }
    return Optional.empty();
  }

  ActivityDispatchSummary summary() {
    return new ActivityDispatchSummary(providerActivityId, attempts);
  }
}
