package com.reten.gateway.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One blue/green rebuild of a read model. A second processor runs the projection's own handlers
 * from the first event into the shadow schema while the live writer keeps the served tables
 * current. Once the rebuild has reached the head, the live writer pauses, the rebuild takes the
 * last events, and {@link ShadowTables#switchOver} swaps the rows (and a tracking processor's
 * token) in one transaction; the live writer then resumes. A tracking processor resumes from the
 * rebuild's token, and writes during its pause are served as soon as it ends (read-your-writes
 * waits skip a stopped processor); the writes of an inline model wait for the switch-over instead.
 */
final class ProjectionReplay implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(ProjectionReplay.class);
  private static final Duration POLL = Duration.ofMillis(20);

  /** Where a replay is. */
  enum Phase {
    REBUILDING,
    SWITCHING,
    SUCCEEDED,
    FAILED
  }

  private final ReadModel model;
  private final LiveWriter live;
  private final TrackingEventProcessor rebuild;
  private final ShadowTables shadow;
  private final SessionLock claim;
  private final LongSupplier head;
  private final Clock clock;
  private final Instant startedAt;
  private volatile Phase phase = Phase.REBUILDING;
  private volatile Instant finishedAt;
  private volatile long rebuiltTo = -1;
  private volatile String failure;

  ProjectionReplay(
      ReadModel model,
      LiveWriter live,
      TrackingEventProcessor rebuild,
      ShadowTables shadow,
      SessionLock claim,
      LongSupplier head,
      Clock clock) {
    this.model = model;
    this.live = live;
    this.rebuild = rebuild;
    this.shadow = shadow;
    this.claim = claim;
    this.head = head;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  @Override
  public void run() {
    try {
      shadow.create(model);
      rebuild.start();
      awaitRebuiltTo(head.getAsLong());
      phase = Phase.SWITCHING;
      try (LiveWriter.Resumption paused = live.pause()) {
        awaitRebuiltTo(head.getAsLong());
        rebuild.shutDown();
        shadow.switchOver(model, live.keepsToken());
      }
      phase = Phase.SUCCEEDED;
      log.info("Replay of {} switched over at position {}", model.processor(), rebuiltTo);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted: the application is stopping");
    } catch (RuntimeException e) {
      log.error("Replay of {} failed; the live read model is unchanged", model.processor(), e);
      // Clients see our own words only: other exceptions' texts carry SQL and row values.
      fail(
          e instanceof ReplayFailure
              ? e.getMessage()
              : "the replay failed (%s); the log has the detail"
                  .formatted(e.getClass().getSimpleName()));
    } finally {
      cleanUp();
    }
  }

  boolean running() {
    return finishedAt == null;
  }

  ReadModel model() {
    return model;
  }

  Phase phase() {
    return phase;
  }

  Instant startedAt() {
    return startedAt;
  }

  Instant finishedAt() {
    return finishedAt;
  }

  /** The position the rebuilt copy has reached, -1 before its first event. */
  long rebuiltTo() {
    return running() ? rebuildPosition() : rebuiltTo;
  }

  String failure() {
    return failure;
  }

  private void awaitRebuiltTo(long target) throws InterruptedException {
    while (true) {
      EventTrackerStatus status = rebuild.processingStatus().get(0);
      if (status != null && status.isErrorState()) {
        throw new ReplayFailure(
            "the rebuild could not apply the event after position %d (%s); the log has the detail"
                .formatted(Positions.of(status), status.getError().getClass().getSimpleName()));
      }
      rebuiltTo = rebuildPosition();
      if (rebuiltTo >= target) {
        return;
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private long rebuildPosition() {
    EventTrackerStatus status = rebuild.processingStatus().get(0);
    return status == null ? rebuiltTo : Math.max(rebuiltTo, Positions.of(status));
  }

  private void fail(String reason) {
    failure = reason;
    phase = Phase.FAILED;
  }

  private void cleanUp() {
    try {
      rebuild.shutDown();
      shadow.discard(model);
    } catch (RuntimeException e) {
      log.warn(
          "Could not discard the rebuilt copy of {}; the next start does", model.processor(), e);
    } finally {
      release();
      finishedAt = clock.instant();
    }
  }

  private void release() {
    try {
      claim.close();
    } catch (RuntimeException e) {
      log.warn("Could not release the replay claim of {}", model.processor(), e);
    }
  }
}
