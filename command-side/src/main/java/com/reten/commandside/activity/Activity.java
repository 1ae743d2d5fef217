package com.reten.commandside.activity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.CancelActivityCommand;
import com.reten.api.activity.CreateActivityCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.result.ActivityResult;
import com.reten.api.result.ActivityResultAppliedEvent;
import com.reten.api.result.ResultRoute;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A task or message about one commerce. Created by {@link ActivityCreationHandler}, which checks
 * the commerce (and a task's route and operator) on their own aggregates first. Its id derives from
 * the tenant's idempotency key, so a second creation with that key fails on the event store's
 * unique (aggregate, sequence) key.
 */
@Aggregate
public class Activity {

  @AggregateIdentifier private UUID activityId;
  private UUID tenantId;
  private ActivityStatus status;
  @AggregateMember private final ActivityResults results = new ActivityResults();

  protected Activity() {}

  /** A new activity, READY: target and attribute resolution is deferred. */
  Activity(CreateActivityCommand command) {
    ActivityRules.requireValid(command.details());
    apply(
        new ActivityCreatedEvent(
            command.tenantId(),
            command.activityId(),
            command.details(),
            ActivityStatus.READY,
            command.at()));
  }

  @CommandHandler
  void handle(CancelActivityCommand command) {
    requireIn(command.tenantId());
    if (status.terminal()) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION, "Activity is " + status + " and cannot be canceled");
    }
    apply(new ActivityCanceledEvent(tenantId, activityId, status, command.reason(), command.at()));
  }

  /**
   * Records a result about this activity (rules in {@link ResultTransitions}) and returns the
   * activity's channel; {@code followUp} asks for the follow-up its code requires.
   */
  public ActivityChannel recordResult(
      UUID commandTenant, ActivityResult result, ResultRoute route, boolean followUp, Instant at) {
    requireIn(commandTenant);
    return results.record(result, route, followUp, status, at);
  }

  /** Refuses a command of another tenant as if the activity did not exist. */
  private void requireIn(UUID commandTenant) {
    if (!Objects.equals(tenantId, commandTenant)) {
      throw RetenException.notFound("Activity");
    }
  }

  @EventSourcingHandler
  void on(ActivityCreatedEvent event) {
    activityId = event.activityId();
    tenantId = event.tenantId();
    status = event.status();
  }

  @EventSourcingHandler
  void on(ActivityDispatchedEvent event) {
    status = ActivityStatus.DISPATCHED;
  }

  @EventSourcingHandler
  void on(ActivityCanceledEvent event) {
    status = ActivityStatus.CANCELED;
  }

  @EventSourcingHandler
  void on(ActivityResultAppliedEvent event) {
    status = event.toStatus();
  }
}
