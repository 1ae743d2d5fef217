package com.reten.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Create-activity requests of the load phases: messages scheduled far ahead (never due). */
final class Activities {

  private static final List<String> CHANNELS = List.of("WHATSAPP", "EMAIL", "SMS", "PUSH");

  private final BenchTenant tenant;
  private final String run;

  Activities(BenchTenant tenant, String run) {
    this.tenant = tenant;
    this.run = run;
  }

  Map<String, Object> message(long n) {
    List<String> commerces = tenant.commerceIds();
    return Map.of(
        "reason",
        "Bench reorder " + n,
        "channel",
        CHANNELS.get((int) (n % CHANNELS.size())),
        "commerce_id",
        commerces.get((int) (n % commerces.size())),
        "idempotency_key",
        run + "-" + n,
        "scheduled_at",
        "2030-06-01T10:00:00Z",
        "score",
        (int) (n % 10));
  }

  boolean create(long n) {
    return tenant.api().post("/activities/messages", message(n)).status() == 201;
  }

  CompletableFuture<Boolean> createAsync(long n) {
    return tenant.api().postAsync("/activities/messages", message(n)).thenApply(s -> s == 201);
  }
}
