package com.reten.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** Rebuilds read models and follows processors through the admin API, and times them. */
final class Replay {

  private final Api root;

  Replay(Api root) {
    this.root = root;
  }

  /** Seconds the replay of {@code projection} took, or empty without a projections API. */
  Optional<Double> seconds(String projection) throws InterruptedException {
    if (root.get("/admin/projections").status() != 200) {
      return Optional.empty();
    }
    long start = System.nanoTime();
    int status = root.post("/admin/projections/" + projection + "/replay", Map.of()).status();
    if (status / 100 != 2) {
      throw new IllegalStateException("Replay of " + projection + " answered " + status);
    }
    long deadline = start + 30 * 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      Thread.sleep(100);
      if (caughtUp(projection)) {
        return Optional.of((System.nanoTime() - start) / 1e9);
      }
    }
    throw new IllegalStateException("Replay of " + projection + " did not finish in 30 minutes");
  }

  /**
   * Waits until every tracking processor has handled the event store's head; the seconds it took,
   * or empty without a projections API.
   */
  Optional<Double> awaitTrackingCaughtUp() throws InterruptedException {
    if (root.get("/admin/projections").status() != 200) {
      return Optional.empty();
    }
    long start = System.nanoTime();
    long deadline = start + 30 * 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (trackingCaughtUp()) {
        return Optional.of((System.nanoTime() - start) / 1e9);
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The tracking processors did not catch up in 30 minutes");
  }

  private boolean trackingCaughtUp() {
    for (JsonNode entry : root.get("/admin/projections").expect(200).body()) {
      if (entry.path("mode").asText().equals("TRACKING") && entry.path("lag").asLong(1) != 0) {
        return false;
      }
    }
    return true;
  }

  private boolean caughtUp(String projection) {
    for (JsonNode entry : root.get("/admin/projections").expect(200).body()) {
      if (projection.equals(entry.path("name").asText())) {
        boolean replaying = entry.path("status").asText().toUpperCase().contains("REPLAY");
        return !replaying && entry.path("lag").asLong(1) == 0;
      }
    }
    throw new IllegalStateException("No projection named " + projection);
  }
}
