package com.reten.commandside.activity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityResolutionFailedEvent;
import com.reten.api.activity.ActivityResolvedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.CancelActivityCommand;
import com.reten.api.activity.CompleteActivityDispatchCommand;
import com.reten.api.activity.CreateActivityCommand;
import com.reten.api.activity.FailActivityDispatchCommand;
import com.reten.api.activity.RequestActivityDispatchCommand;
import com.reten.api.activity.ResolveActivityForDispatchCommand;
import com.reten.api.activity.ResolveActivityTargetUserCommand;
import com.reten.api.activity.RetryActivityResolutionCommand;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.result.ActivityResult;
import com.reten.api.result.ActivityResultAppliedEvent;
import com.reten.api.result.ResultRoute;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A task or message about one commerce. Created by {@link ActivityCreationHandler}, which checks
 * the commerce (and a task's route and operator) on their own aggregates first. Its id derives from
 * the tenant's idempotency key, so a second creation with that key fails on the event store's
 * unique (aggregate, sequence) key. Its target users and attributes are members, resolved by {@link
 * ActivityResolution} from the directory.
 */
@Aggregate
public class Activity {

  @AggregateIdentifier private UUID activityId;
  private UUID tenantId;
  private ActivityStatus status;
  private ActivityDetails details;
  @AggregateMember private ActivityTargets targets;
  @AggregateMember private ActivityAttributes attributes;
  @AggregateMember private final ActivityResults results = new ActivityResults();
  @AggregateMember private ActivityDispatch dispatch;

  protected Activity() {}

  /** A new activity: READY, or UNRESOLVED when a target user or attribute is not resolved. */
  Activity(
      CreateActivityCommand command,
      TargetResolutionRule rule,
      Function<String, AttributePolicyRule> policies,
      ActivityDirectory directory) {
    ActivityRules.requireValid(command.details());
    ActivityResolution.create(command, rule, policies, directory);
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

  @CommandHandler
  void handle(RetryActivityResolutionCommand command, ActivityDirectories directories) {
    requireIn(command.tenantId());
    resolution(directories).retry(status, command.at());
  }

  @CommandHandler
  void handle(ResolveActivityTargetUserCommand command, ActivityDirectories directories) {
    requireIn(command.tenantId());
    resolution(directories).byHand(status, command);
  }

  /** Resolves what waits for dispatch; {@code true} when the activity may be sent. */
  @CommandHandler
  boolean handle(ResolveActivityForDispatchCommand command, ActivityDirectories directories) {
    requireIn(command.tenantId());
    return resolution(directories).forDispatch(status, command.at());
  }

  private ActivityResolution resolution(ActivityDirectories directories) {
    return new ActivityResolution(
        tenantId,
        activityId,
        details.channel(),
        targets,
        attributes,
        directories.of(tenantId, details));
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
    return dispatch.ticket(status, List.copyOf(targets.all()), List.copyOf(attributes.all()));
  }

  /** The commerce user this activity contacted: its first RESOLVED or LOCKED target user. */
  public Optional<UUID> contactedUser() {
    return targets.all().stream()
        .filter(target -> target.status().picked())
        .map(ActivityTargetUser::commerceUserId)
        .findFirst();
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
    details = event.details();
    targets = new ActivityTargets();
    attributes = new ActivityAttributes();
  }

  @EventSourcingHandler
  void on(ActivityResolutionFailedEvent event) {
    status = ActivityStatus.UNRESOLVED;
  }

  @EventSourcingHandler
  void on(ActivityResolvedEvent event) {
    status = ActivityStatus.READY;
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

  @EventSourcingHandler
  void on(ActivityResultAppliedEvent event) {
    status = event.toStatus();
  }
}
