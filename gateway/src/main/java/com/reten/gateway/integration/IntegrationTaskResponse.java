package com.reten.gateway.integration;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import com.reten.api.integration.IntegrationTaskView;
import com.reten.gateway.result.ResultResponse;
import java.time.Instant;
import java.util.UUID;

/**
 * A task as the Task Integration API lists it (API.md §4.6). {@code status} is the integration
 * vocabulary, {@code lifecycleStatus} Reten's own, with its label and detail as Reten's docs show
 * them ({@link LifecycleWording}); {@code occurredAt} is when the latest result says the task was
 * worked (null without a result); {@code canForceRetryDispatch} says whether a manual dispatch
 * would be accepted now (the task is READY).
 */
record IntegrationTaskResponse(
    UUID id,
    String activityOrigin,
    ActivityType type,
    IntegrationTaskStatus status,
    ActivityStatus lifecycleStatus,
    String lifecycleStatusLabel,
    String lifecycleStatusDetail,
    ActivityChannel channel,
    Instant scheduledAt,
    Instant occurredAt,
    Instant createdAt,
    boolean canForceRetryDispatch,
    String commerceExternalId,
    String commerceName,
    String operatorExternalId,
    ResultResponse result) {

  static IntegrationTaskResponse of(IntegrationTaskView task) {
    var activity = task.activity();
    var details = activity.details();
    var wording = LifecycleWording.of(activity.status());
    return new IntegrationTaskResponse(
        activity.id(),
        "ACTIVITY",
        details.type(),
        IntegrationTaskStatus.of(activity.status()),
        activity.status(),
        wording.label(),
        wording.detail(),
        details.channel(),
        details.scheduledAt(),
        activity.result() == null ? null : activity.result().occurredAt(),
        activity.createdAt(),
        activity.status() == ActivityStatus.READY,
        activity.commerceExternalId(),
        activity.commerceName(),
        task.operatorExternalId(),
        ResultResponse.of(activity.result()));
  }
}
