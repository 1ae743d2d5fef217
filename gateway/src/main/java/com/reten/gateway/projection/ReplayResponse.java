package com.reten.gateway.projection;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;

/** The latest replay of a projection on this instance. */
record ReplayResponse(
    @Schema(description = "REBUILDING, SWITCHING, SUCCEEDED or FAILED") String status,
    Instant startedAt,
    Instant finishedAt,
    @Schema(description = "Global position the rebuilt copy has reached") long position,
    @Schema(description = "Events scanned per second over the whole replay, once it succeeded")
        Double eventsPerSecond,
    @Schema(description = "Why it failed; the live read model was left unchanged") String error) {

  static ReplayResponse of(ProjectionReplay replay) {
    return new ReplayResponse(
        replay.phase().name(),
        replay.startedAt(),
        replay.finishedAt(),
        replay.rebuiltTo(),
        rate(replay),
        replay.failure());
  }

  private static Double rate(ProjectionReplay replay) {
    // The phase turns SUCCEEDED before the clean-up that sets finishedAt: read it once, then check.
    Instant finished = replay.finishedAt();
    if (finished == null || replay.phase() != ProjectionReplay.Phase.SUCCEEDED) {
      return null;
    }
    double seconds = Duration.between(replay.startedAt(), finished).toNanos() / 1e9;
    return seconds <= 0 ? null : Math.round((replay.rebuiltTo() + 1) / seconds * 10) / 10.0;
  }
}
