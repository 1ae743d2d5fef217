package com.reten.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** Rebuilds the activity read model through the admin API and times it. */
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
