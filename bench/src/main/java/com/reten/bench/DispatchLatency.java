package com.reten.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * Due → provider: tasks created due now, sent through a YOM dispatch config pointed at a local
 * stub; latency from sending the create to the provider receiving the activity.
 */
final class DispatchLatency {

  private final BenchTenant tenant;

  DispatchLatency(BenchTenant tenant) {
    this.tenant = tenant;
  }

  /** Empty when this build has no dispatch providers API. */
  Optional<Histogram> measure(int samples, String run) throws Exception {
    Api api = tenant.api();
    var providers = api.get("/dispatch-providers");
    if (providers.status() != 200) {
      return Optional.empty();
    }
    String yom = null;
    for (JsonNode provider : providers.body()) {
      if ("YOM".equals(provider.path("code").asText())) {
        yom = provider.path("id").asText();
      }
    }
    try (ProviderStub stub = new ProviderStub()) {
      api.post(
              "/dispatch-configs",
              Map.of(
                  "dispatch_provider_id",
                  yom,
                  "channel",
                  "SALESMAN",
                  "base_url",
                  stub.baseUrl(),
                  "credentials",
                  Map.of("apiKey", "bench-provider-key")))
          .expect(201);
      Map<String, Long> sent = new LinkedHashMap<>();
      for (int i = 0; i < samples; i++) {
        long start = System.nanoTime();
        String id =
            api.post("/activities/tasks", task(run + "-due-" + i, i))
                .expect(201)
                .body()
                .path("id")
                .asText();
        sent.put(id, start);
        Thread.sleep(20);
      }
      Histogram latencies = new Histogram(3);
      long deadline = System.nanoTime() + 60_000_000_000L;
      for (var entry : sent.entrySet()) {
        Long received;
        while ((received = stub.receivedAt(entry.getKey())) == null) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Activity " + entry.getKey() + " never reached it");
          }
          Thread.sleep(5);
        }
        latencies.recordValue(Math.max(0, received - entry.getValue()));
      }
      return Optional.of(latencies);
    }
  }

  private Map<String, Object> task(String key, int i) {
    return Map.of(
        "reason", "Bench visit " + i,
        "channel", "SALESMAN",
        "commerce_id", tenant.commerceIds().get(i % tenant.commerceIds().size()),
        "idempotency_key", key,
        "scheduled_at", Instant.now().toString(),
        "assigned_route_id", tenant.routeId(),
        "assigned_operator_id", tenant.operatorId());
  }
}
