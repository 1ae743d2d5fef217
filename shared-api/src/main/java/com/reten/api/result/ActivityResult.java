package com.reten.api.result;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded result: the submission as Reten understood it.
 *
 * @param id the result
 * @param activityId the activity it is about, or {@code null} when STANDALONE
 * @param providerActivityId the provider's id as submitted, else the activity's own, or {@code
 *     null}
 * @param commerceId the commerce of {@code commerceExternalId}
 * @param commerceExternalId as submitted
 * @param occurredAt when the task was worked
 * @param status what happened, as submitted
 * @param externalStatus the submitter's own status text, or {@code null}
 * @param source whether it matched an activity
 * @param taskResult the worker's report, labeled with its code's label
 * @param rawPayload the submitter's original message, or {@code null}
 * @param hardOverride whether it was sent with {@code hard_override}
 */
public record ActivityResult(
    UUID id,
    UUID activityId,
    String providerActivityId,
    UUID commerceId,
    String commerceExternalId,
    Instant occurredAt,
    ResultStatus status,
    String externalStatus,
    ResultSource source,
    TaskResult taskResult,
    Map<String, Object> rawPayload,
    boolean hardOverride) {}
