package com.reten.gateway.integration;

import com.reten.api.activity.ActivityStatus;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A task's status in the Task Integration API's vocabulary (API.md §4.6), over Reten's own. FAILED
 * is ours: the vocabulary has no word for a task that failed, and folding it into another status
 * would hide it.
 */
enum IntegrationTaskStatus {
  PENDING(ActivityStatus.READY, ActivityStatus.UNRESOLVED),
  IN_PROGRESS(ActivityStatus.DISPATCHED),
  COMPLETED(ActivityStatus.COMPLETED),
  CANCELLED(ActivityStatus.CANCELED),
  FAILED(ActivityStatus.FAILED);

  private final Set<ActivityStatus> lifecycle;

  IntegrationTaskStatus(ActivityStatus first, ActivityStatus... more) {
    this.lifecycle = EnumSet.of(first, more);
  }

  /** Reten's statuses this one stands for. */
  Set<ActivityStatus> lifecycle() {
    return EnumSet.copyOf(lifecycle);
  }

  static IntegrationTaskStatus of(ActivityStatus status) {
    return Arrays.stream(values())
        .filter(s -> s.lifecycle.contains(status))
        .findFirst()
        .orElseThrow();
  }

  /** The status named {@code raw}, any case; CANCELED is accepted for CANCELLED. */
  static IntegrationTaskStatus parse(String raw) {
    String name = raw.strip().toUpperCase(Locale.ROOT);
    if (name.equals("CANCELED")) {
      return CANCELLED;
    }
    return Arrays.stream(values())
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new RetenException(
                    ErrorCode.VALIDATION_FAILED,
                    "Invalid value for parameter 'status': must be one of "
                        + Arrays.toString(values())));
  }
}
