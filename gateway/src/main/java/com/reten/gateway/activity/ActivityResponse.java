package com.reten.gateway.activity;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.ActivityView;
import com.reten.gateway.result.ResultResponse;
import java.time.Instant;
import java.util.UUID;

/**
 * An activity as every activity endpoint returns it (API.md 4.1); {@code result} is its most
 * recently recorded result, or null.
 */
record ActivityResponse(
    UUID id,
    ActivityType type,
    ActivityChannel channel,
    ActivityStatus status,
    String reason,
    String userStatus,
    Integer score,
    String assignmentReason,
    Instant scheduledAt,
    String suggestedExecutionTime,
    String idempotencyKey,
    CommerceAssignment commerceAssignment,
    TaskDetails taskDetails,
    String providerActivityId,
    int dispatchAttemptCount,
    ResultResponse result,
    Instant createdAt,
    Instant updatedAt) {

  /** The commerce, with its name and external id as they were when the activity was created. */
  record CommerceAssignment(UUID commerceId, Commerce commerce) {}

  record Commerce(String name, String externalId) {}

  /** TASK only: the assigned route and operator (null when unassigned). */
  record TaskDetails(UUID routeId, UUID operatorId) {}

  static ActivityResponse of(ActivityView view) {
    var d = view.details();
    return new ActivityResponse(
        view.id(),
        d.type(),
        d.channel(),
        view.status(),
        d.reason(),
        d.userStatus(),
        d.score(),
        d.assignmentReason(),
        d.scheduledAt(),
        d.suggestedExecutionTime(),
        d.idempotencyKey(),
        new CommerceAssignment(
            d.commerceId(), new Commerce(view.commerceName(), view.commerceExternalId())),
        d.type() == ActivityType.TASK ? new TaskDetails(d.routeId(), d.operatorId()) : null,
        view.dispatch().providerActivityId(),
        view.dispatch().attemptCount(),
        ResultResponse.of(view.result()),
        view.createdAt(),
        view.updatedAt());
  }
}
