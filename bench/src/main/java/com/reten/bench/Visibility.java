package com.reten.bench;

import java.util.Map;
import org.HdrHistogram.Histogram;

/** How long until a created activity can be read back: by id, and in a filtered list. */
final class Visibility {

  /** Latencies from sending the create to the first successful read. */
  record Outcome(Histogram byId, Histogram inList) {}

  private final BenchTenant tenant;
  private final Activities activities;

  Visibility(BenchTenant tenant, Activities activities) {
    this.tenant = tenant;
    this.activities = activities;
  }

  Outcome measure(int samples) {
    Histogram byId = new Histogram(3);
    Histogram inList = new Histogram(3);
    Api api = tenant.api();
    for (int i = 0; i < samples; i++) {
      long n = 1_000_000_000L + i;
      Map<String, Object> body = activities.message(n);
      long sent = System.nanoTime();
      String id = api.post("/activities/messages", body).expect(201).body().path("id").asText();
      while (api.get("/activities/" + id).status() != 200) {
        Thread.onSpinWait();
      }
      byId.recordValue(System.nanoTime() - sent);
      String search = "/activities?limit=20&search=" + ("Bench+reorder+" + n);
      while (!api.get(search).body().path("data").toString().contains(id)) {
        Thread.onSpinWait();
      }
      inList.recordValue(System.nanoTime() - sent);
    }
    return new Outcome(byId, inList);
  }
}
