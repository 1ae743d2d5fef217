package com.reten.bench;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates sent while something breaks: {@code clients} threads, each key used once, until closed.
 * Every answer is tallied; a 201's activity id is kept, to look for it afterwards.
 */
final class CreateLoad implements AutoCloseable {

  private final Activities activities;
  private final BenchTenant tenant;
  private final ExecutorService pool;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicLong sequence = new AtomicLong();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final AtomicLong serverErrors = new AtomicLong();
  private final AtomicLong unavailable = new AtomicLong();
  private final AtomicLong unreachable = new AtomicLong();
  private volatile long lastAcknowledgedNanos;

  CreateLoad(BenchTenant tenant, String run, int clients) {
    this.tenant = tenant;
    this.activities = new Activities(tenant, run);
    this.pool = Executors.newFixedThreadPool(clients);
    for (int i = 0; i < clients; i++) {
      pool.execute(this::sendUntilClosed);
    }
  }

  private void sendUntilClosed() {
    while (!stopped.get()) {
      try {
        Api.Reply reply =
            tenant
                .api()
                .post("/activities/messages", activities.message(sequence.incrementAndGet()));
        if (reply.status() == 201) {
          acknowledged.add(reply.body().path("id").asText());
          lastAcknowledgedNanos = System.nanoTime();
        } else if (reply.status() == 503) {
          unavailable.incrementAndGet();
        } else if (reply.status() >= 500) {
          serverErrors.incrementAndGet();
        }
      } catch (RuntimeException connectionLost) {
        unreachable.incrementAndGet();
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until a create is acknowledged after {@code sinceNanos}; the seconds it took. */
  double secondsUntilAcknowledgedAfter(long sinceNanos) throws InterruptedException {
    long deadline = sinceNanos + TimeUnit.MINUTES.toNanos(2);
    while (lastAcknowledgedNanos <= sinceNanos && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return (lastAcknowledgedNanos - sinceNanos) / 1e9;
  }

  Set<String> acknowledged() {
    return acknowledged;
  }

  long serverErrors() {
    return serverErrors.get();
  }

  long unavailable() {
    return unavailable.get();
  }

  long unreachable() {
    return unreachable.get();
  }

  @Override
  public void close() throws InterruptedException {
    stopped.set(true);
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
  }
}
