package com.reten.commandside.dispatcher;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDispatchAttemptFailedEvent;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchRequestedEvent;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityResolvedEvent;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code dispatch_job} in step with activities. Its processing group is subscribing, so every
 * write happens in the transaction that stores the event: a job exists exactly when its event does
 * (no lost or double enqueue, nothing to catch up after a crash), and replays never re-enqueue.
 */
@Component
@ProcessingGroup("dispatch-jobs")
class DispatchJobScheduler {

  private final DispatchJobs jobs;
  private final DispatchProperties properties;
  private final DispatchWorker worker;
  private final Clock clock;

  DispatchJobScheduler(
      DispatchJobs jobs, DispatchProperties properties, DispatchWorker worker, Clock clock) {
    this.jobs = jobs;
    this.properties = properties;
    this.worker = worker;
    this.clock = clock;
  }

  /**
   * Every activity gets its job, UNRESOLVED ones too: if it is still not READY when due, the
   * attempt drops the job; resolved before that, it goes out on time.
   */
  @EventHandler
  void on(ActivityCreatedEvent event) {
    jobs.schedule(event.activityId(), event.tenantId(), event.details().scheduledAt());
    if (dueBeforeNextPoll(event.details().scheduledAt())) {
      wakeAfterCommit();
    }
  }

  /**
   * READY again (retry or manual resolve): a job still waiting for its due time stays; one already
   * dropped (the activity was UNRESOLVED when due) comes back, due now.
   */
  @EventHandler
  void on(ActivityResolvedEvent event) {
    jobs.schedule(event.activityId(), event.tenantId(), event.resolvedAt());
    wakeAfterCommit();
  }

  @EventHandler
  void on(ActivityDispatchRequestedEvent event) {
    jobs.dueNow(event.activityId(), event.tenantId());
    wakeAfterCommit();
  }

  @EventHandler
  void on(ActivityDispatchAttemptFailedEvent event) {
    jobs.retryAfter(event.activityId(), properties.backoffAfter(event.attempt()));
  }

  @EventHandler
  void on(ActivityDispatchedEvent event) {
    jobs.remove(event.activityId());
  }

  @EventHandler
  void on(ActivityDispatchFailedEvent event) {
    jobs.remove(event.activityId());
  }

  @EventHandler
  void on(ActivityCanceledEvent event) {
    jobs.remove(event.activityId());
  }

  /**
   * Whether a job due at {@code dueAt} could be claimed before the worker's next poll. A wake-up
   * for a later job claims nothing and costs a claim query; on a create load scheduling days ahead
   * that was one extra statement per create. The margin of a poll interval covers clocks that
   * disagree with the database's by less than that.
   */
  private boolean dueBeforeNextPoll(Instant dueAt) {
    return !dueAt.isAfter(clock.instant().plus(properties.pollInterval()));
  }

  /** This node's worker looks at once instead of at its next poll; others find it by polling. */
  private void wakeAfterCommit() {
    if (CurrentUnitOfWork.isStarted()) {
      CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> worker.wake());
    } else {
      worker.wake();
    }
  }
}
