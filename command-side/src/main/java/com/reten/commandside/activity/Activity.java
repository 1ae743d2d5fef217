package com.reten.commandside.activity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.CancelActivityCommand;
import com.reten.api.activity.CompleteActivityDispatchCommand;
import com.reten.api.activity.CreateActivityCommand;
import com.reten.api.activity.FailActivityDispatchCommand;
import com.reten.api.activity.RequestActivityDispatchCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
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
  @AggregateMember private ActivityDispatch dispatch;

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

  /** A manual dispatch (§4.2); answers the attempts made so far. */
  @CommandHandler
  int handle(RequestActivityDispatchCommand command) {
    requireIn(command.tenantId());
    return dispatch.request(command, status);
  }

  @CommandHandler
  DispatchResult handle(CompleteActivityDispatchCommand command) {
    requireIn(command.tenantId());
    return dispatch.complete(command, status);
  }

  @CommandHandler
  DispatchResult handle(FailActivityDispatchCommand command) {
    requireIn(command.tenantId());
    return dispatch.fail(command, status);
  }

  /** What the dispatcher needs to send this activity, read in its unit of work. */
  public DispatchTicket dispatchTicket(UUID commandTenant) {
    requireIn(commandTenant);
    return dispatch.ticket(status);
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
    dispatch = new ActivityDispatch(event);
  }

  @EventSourcingHandler
  void on(ActivityDispatchedEvent event) {
    status = ActivityStatus.DISPATCHED;
  }

  @EventSourcingHandler
  void on(ActivityDispatchFailedEvent event) {
    status = ActivityStatus.FAILED;
  }

  @EventSourcingHandler
  void on(ActivityCanceledEvent event) {
    status = ActivityStatus.CANCELED;
  }
}
