package com.reten.api.result;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A result as a provider or field app submits it (API.md §4.5).
 *
 * @param activityId Reten's activity id, or {@code null}; wins over {@code providerActivityId}
 * @param providerActivityId the dispatch provider's id of the activity, or {@code null}
 * @param commerceExternalId the external id of a commerce of the tenant
 * @param occurredAt when the task was worked
 * @param status what happened, in the vocabulary of the route it came through
 * @param externalStatus the submitter's own status text, or {@code null}
 * @param hardOverride whether it may move a terminal activity
 * @param rawPayload the submitter's original message, or {@code null}
 * @param taskResult the worker's report
 */
public record ResultSubmission(
    UUID activityId,
    String providerActivityId,
    String commerceExternalId,
    Instant occurredAt,
    ResultStatus status,
    String externalStatus,
    boolean hardOverride,
    Map<String, Object> rawPayload,
    TaskResult taskResult) {}
