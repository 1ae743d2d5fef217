package com.reten.commandside.activity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchAttemptFailedEvent;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchRequestedEvent;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.CompleteActivityDispatchCommand;
import com.reten.api.activity.FailActivityDispatchCommand;
import com.reten.api.activity.RequestActivityDispatchCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The dispatch side of an {@link Activity}: attempts counted, the provider's id kept. A member of
 * the aggregate so the root stays small; the root passes its status in, since only the root knows
 * every transition.
 */
class ActivityDispatch {

  /** API.md §5.4: the third failed attempt fails the activity. */
  static final int MAX_ATTEMPTS = 3;

  private final UUID tenantId;
  private final UUID activityId;
  private final ActivityDetails details;
  private int attempts;

  ActivityDispatch(ActivityCreatedEvent created) {
    this.tenantId = created.tenantId();
    this.activityId = created.activityId();
    this.details = created.details();
  }

  DispatchTicket ticket(
      ActivityStatus status,
      List<ActivityTargetUser> targetUsers,
      List<ActivityAttribute> attributes) {
    return new DispatchTicket(
        tenantId, activityId, details, status, attempts, targetUsers, attributes);
  }

  /** A manual dispatch of a READY task; answers the attempts made so far. */
  int request(RequestActivityDispatchCommand command, ActivityStatus status) {
    if (details.type() != ActivityType.TASK) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION, "Only a TASK is dispatched through this endpoint");
    }
    if (status != ActivityStatus.READY) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION,
          "Activity is " + status + "; only a READY task can be dispatched");
    }
    apply(new ActivityDispatchRequestedEvent(tenantId, activityId, attempts, command.at()));
    return attempts;
  }

  DispatchResult complete(CompleteActivityDispatchCommand command, ActivityStatus status) {
    if (status != ActivityStatus.READY) {
      return DispatchResult.IGNORED;
    }
    apply(
        new ActivityDispatchedEvent(
            tenantId,
            activityId,
            command.dispatchConfigId(),
            command.providerActivityId(),
            attempts + 1,
            command.at()));
    return DispatchResult.DISPATCHED;
  }

  DispatchResult fail(FailActivityDispatchCommand command, ActivityStatus status) {
    if (status != ActivityStatus.READY) {
      return DispatchResult.IGNORED;
    }
    int made = command.attempted() ? attempts + 1 : attempts;
    if (!command.attempted() || made >= MAX_ATTEMPTS) {
      apply(
          new ActivityDispatchFailedEvent(
              tenantId,
              activityId,
              command.dispatchConfigId(),
              made,
              command.errorCode(),
              command.errorMessage(),
              command.at()));
      return DispatchResult.FAILED;
    }
    apply(
        new ActivityDispatchAttemptFailedEvent(
            tenantId,
            activityId,
            command.dispatchConfigId(),
            made,
            command.errorCode(),
            command.errorMessage(),
            command.at()));
    return DispatchResult.RETRY;
  }

  @EventSourcingHandler
  void on(ActivityDispatchedEvent event) {
    attempts = event.attempt();
  }

  @EventSourcingHandler
  void on(ActivityDispatchAttemptFailedEvent event) {
    attempts = event.attempt();
  }

  @EventSourcingHandler
  void on(ActivityDispatchFailedEvent event) {
    attempts = event.attempts();
  }
}
