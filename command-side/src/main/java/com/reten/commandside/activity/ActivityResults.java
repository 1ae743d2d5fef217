package com.reten.commandside.activity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityIds;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.result.ActivityFollowUpFailedEvent;
import com.reten.api.result.ActivityFollowUpRequestedEvent;
import com.reten.api.result.ActivityResult;
import com.reten.api.result.ActivityResultAppliedEvent;
import com.reten.api.result.ActivityResultRecordedEvent;
import com.reten.api.result.RecordFollowUpFailureCommand;
import com.reten.api.result.ResultRoute;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The results recorded on one activity: the part of the Activity aggregate that knows whether it
 * has a final result, which commerce and provider id results must name, and what a follow-up
 * copies. The root keeps the status; {@link ResultTransitions} decides how a result moves it.
 */
class ActivityResults {

  private UUID tenantId;
  private UUID activityId;
  private ActivityDetails details;
  private String providerActivityId;
  private boolean hasFinalResult;

  /**
   * Records {@code result} on the activity, now in {@code status}: the result, then the status it
   * implies, then the follow-up it asks for. Returns the activity's channel.
   */
  ActivityChannel record(
      ActivityResult result,
      ResultRoute route,
      boolean followUp,
      ActivityStatus status,
      Instant at) {
    if (!details.commerceId().equals(result.commerceId())) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED,
          "commerce_external_id: not the commerce of activity " + activityId);
    }
    var target =
        ResultTransitions.target(
            route, result.status(), result.hardOverride(), status, details.type(), hasFinalResult);
    apply(new ActivityResultRecordedEvent(tenantId, activityId, withProviderId(result), at));
    target.ifPresent(
        to ->
            apply(
                new ActivityResultAppliedEvent(
                    tenantId, activityId, result.id(), status, to, result.hardOverride(), at)));
    if (followUp) {
      String key = ActivityIds.followUpKey(activityId, result.id());
      apply(
          new ActivityFollowUpRequestedEvent(
              tenantId,
              activityId,
              result.id(),
              ActivityIds.of(tenantId, key),
              followUp(key, result.taskResult().futureScheduledAt()),
              at));
    }
    return details.channel();
  }

  @CommandHandler
  void handle(RecordFollowUpFailureCommand command) {
    if (!tenantId.equals(command.tenantId())) {
      throw RetenException.notFound("Activity");
    }
    apply(
        new ActivityFollowUpFailedEvent(
            tenantId,
            activityId,
            command.resultId(),
            command.followUpActivityId(),
            command.errorCode(),
            command.errorMessage(),
            command.at()));
  }

  /** The provider's id as submitted, else the one this activity was dispatched under. */
  private ActivityResult withProviderId(ActivityResult result) {
    if (result.providerActivityId() != null || providerActivityId == null) {
      return result;
    }
    return new ActivityResult(
        result.id(),
        result.activityId(),
        providerActivityId,
        result.commerceId(),
        result.commerceExternalId(),
        result.occurredAt(),
        result.status(),
        result.externalStatus(),
        result.source(),
        result.taskResult(),
        result.rawPayload(),
        result.hardOverride());
  }

  /** This activity again — same commerce, channel, type, reason and assignment — at a new time. */
  private ActivityDetails followUp(String key, Instant scheduledAt) {
    return new ActivityDetails(
        details.type(),
        details.channel(),
        details.reason(),
        details.commerceId(),
        key,
        scheduledAt,
        details.suggestedExecutionTime(),
        details.userStatus(),
        details.score(),
        details.assignmentReason(),
        details.routeId(),
        details.operatorId());
  }

  @EventSourcingHandler
  void on(ActivityCreatedEvent event) {
    tenantId = event.tenantId();
    activityId = event.activityId();
    details = event.details();
  }

  @EventSourcingHandler
  void on(ActivityDispatchedEvent event) {
    providerActivityId = event.providerActivityId();
  }

  @EventSourcingHandler
  void on(ActivityResultRecordedEvent event) {
    hasFinalResult |= event.result().status().isFinal();
  }
}
