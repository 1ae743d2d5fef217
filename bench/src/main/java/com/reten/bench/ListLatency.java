package com.reten.bench;

import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;

/** A page of 20 with filters and its total, as an admin panel asks for it. */
final class ListLatency {

  private static final List<String> CHANNELS = List.of("WHATSAPP", "EMAIL", "SMS", "PUSH");

  private final BenchTenant tenant;

  ListLatency(BenchTenant tenant) {
    this.tenant = tenant;
  }

  Histogram measure(int samples) {
    Random random = new Random(42);
    Histogram latencies = new Histogram(3);
    List<String> commerces = tenant.commerceIds();
    for (int i = 0; i < samples; i++) {
      String query =
          switch (i % 4) {
            case 0 -> "status=READY&channel=" + CHANNELS.get(random.nextInt(4));
            case 1 -> "commerce_id=" + commerces.get(random.nextInt(commerces.size()));
            case 2 -> "scheduled_from=2031-01-20T00:00:00Z&scheduled_to=2031-02-20T00:00:00Z";
            default -> "search=restock&type=MESSAGE";
          };
      String path = "/activities?page=" + (1 + random.nextInt(5)) + "&limit=20&" + query;
      long start = System.nanoTime();
      tenant.api().get(path).expect(200);
      latencies.recordValue(System.nanoTime() - start);
    }
    return latencies;
  }
}
