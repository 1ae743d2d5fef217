package com.reten.commandside.dispatcher;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Claims due dispatch jobs and runs their attempts on a small pool. It looks for work when woken (a
 * job became due on this node) and at every poll interval (jobs made due by other nodes, or
 * scheduled for later); the claim query is an index range scan, cheap to repeat. It starts once the
 * application is ready and stops before the rest of it, letting attempts in flight finish.
 */
@Component
class DispatchWorker {

  private static final Logger log = LoggerFactory.getLogger(DispatchWorker.class);

  private final DispatchJobs jobs;
  private final DispatchAttempts attempts;
  private final DispatchProperties properties;
  private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
  private final Semaphore wakeups = new Semaphore(0);
  private final Semaphore slots;
  private volatile boolean running;
  private Thread poller;
  private ExecutorService pool;

  DispatchWorker(DispatchJobs jobs, DispatchAttempts attempts, DispatchProperties properties) {
    this.jobs = jobs;
    this.attempts = attempts;
    this.properties = properties;
    this.slots = new Semaphore(properties.concurrency());
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    if (!properties.workerEnabled() || running) {
      return;
    }
    running = true;
    AtomicInteger threads = new AtomicInteger();
    pool =
        Executors.newFixedThreadPool(
            properties.concurrency(),
            task -> new Thread(task, "reten-dispatch-" + threads.incrementAndGet()));
    poller = new Thread(this::poll, "reten-dispatch-poller");
    poller.start();
    log.info("Dispatch worker {} started", node);
  }

  @EventListener(ContextClosedEvent.class)
  synchronized void stop() throws InterruptedException {
    if (!running) {
      return;
    }
    running = false;
    wake();
    poller.join(properties.pollInterval().toMillis() + 5_000);
    pool.shutdown();
    if (!pool.awaitTermination(
        properties.httpTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
      // Their leases run out and another node (or the next start) retries them.
      pool.shutdownNow();
    }
    log.info("Dispatch worker {} stopped", node);
  }

  /** Look for due jobs now. */
  void wake() {
    wakeups.release();
  }

  private void poll() {
    while (running) {
      try {
        int free = slots.availablePermits();
        List<ClaimedJob> claimed =
            free == 0 ? List.of() : jobs.claim(free, properties.lease(), node);
        for (ClaimedJob job : claimed) {
          slots.acquireUninterruptibly();
          pool.execute(() -> run(job));
        }
        if (claimed.isEmpty()) {
          awaitWork(properties.pollInterval());
        }
      } catch (RuntimeException e) {
        // The database is likely away: look again later rather than log at every poll.
        log.warn("Dispatch worker could not claim jobs: {}", e.toString());
        awaitWork(properties.releaseDelay());
      }
    }
  }

  private void run(ClaimedJob job) {
    try {
      attempts.run(job);
    } finally {
      slots.release();
      wake();
    }
  }

  private void awaitWork(Duration atMost) {
    try {
      wakeups.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS);
      wakeups.drainPermits();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
