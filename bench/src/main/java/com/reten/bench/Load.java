package com.reten.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Closed-loop and open-loop load over one kind of request, with latencies in HdrHistogram. */
final class Load {

  /** A load phase's outcome: completed requests, failures, its length, and latencies. */
  record Outcome(long completed, long failed, double seconds, Histogram latencyNanos) {

    double perSecond() {
      return completed / seconds;
    }

    double millis(double percentile) {
      return latencyNanos.getValueAtPercentile(percentile) / 1e6;
    }
  }

  /** Sends request {@code n} and answers whether it succeeded. */
  interface Request {
    boolean send(long n) throws Exception;
  }

  private final AtomicLong sequence = new AtomicLong();

  /** {@code clients} callers each sending the next request as soon as the previous returns. */
  Outcome closed(int clients, int seconds, Request request) throws Exception {
    Recorder recorder = new Recorder(3);
    AtomicLong failed = new AtomicLong();
    long began = System.nanoTime();
    long end = began + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> callers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        callers.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    if (request.send(sequence.incrementAndGet())) {
                      recorder.recordValue(System.nanoTime() - start);
                    } else {
                      failed.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> caller : callers) {
        caller.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Histogram latencies = recorder.getIntervalHistogram();
    return new Outcome(
        latencies.getTotalCount(), failed.get(), (System.nanoTime() - began) / 1e9, latencies);
  }

  /**
   * Requests started on a fixed schedule, whatever the previous ones are doing; latency counts from
   * each request's intended start, so a stall is charged to every request it delayed.
   */
  Outcome open(double perSecond, int seconds, LongFunction<CompletableFuture<Boolean>> request)
      throws Exception {
    Recorder recorder = new Recorder(3);
    AtomicLong failed = new AtomicLong();
    long interval = (long) (1_000_000_000L / perSecond);
    long began = System.nanoTime();
    long total = (long) (perSecond * seconds);
    List<CompletableFuture<Void>> inFlight = new ArrayList<>();
    for (long i = 0; i < total; i++) {
      long intended = began + i * interval;
      long wait = intended - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      inFlight.add(
          request
              .apply(sequence.incrementAndGet())
              .handle(
                  (ok, error) -> {
                    if (error == null && ok) {
                      recorder.recordValue(System.nanoTime() - intended);
                    } else {
                      failed.incrementAndGet();
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    Histogram latencies = recorder.getIntervalHistogram();
    return new Outcome(
        latencies.getTotalCount(), failed.get(), (System.nanoTime() - began) / 1e9, latencies);
  }
}
