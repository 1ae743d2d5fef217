package com.reten.api.result;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A result as the read model holds it (API.md §4.5).
 *
 * @param id the result
 * @param activityId the activity, or {@code null} when STANDALONE
 * @param providerActivityId the provider's id of the activity, or {@code null}
 * @param commerceExternalId the commerce's external id
 * @param occurredAt when the task was worked
 * @param status what happened, as submitted
 * @param externalStatus the submitter's status text, or {@code null}
 * @param source RETEN_ACTIVITY or STANDALONE
 * @param taskResult the worker's report
 * @param rawPayload the submitter's original message, or {@code null}
 * @param createdAt business time it was recorded
 */
public record ActivityResultView(
    UUID id,
    UUID activityId,
    String providerActivityId,
    String commerceExternalId,
    Instant occurredAt,
    ResultStatus status,
    String externalStatus,
    ResultSource source,
    TaskResult taskResult,
    Map<String, Object> rawPayload,
    Instant createdAt) {

  /** The view of a result recorded at {@code recordedAt}. */
  public static ActivityResultView of(ActivityResult result, Instant recordedAt) {
    return new ActivityResultView(
        result.id(),
        result.activityId(),
        result.providerActivityId(),
        result.commerceExternalId(),
        result.occurredAt(),
        result.status(),
        result.externalStatus(),
        result.source(),
        result.taskResult(),
        result.rawPayload(),
        recordedAt);
  }
}
