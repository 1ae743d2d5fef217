package com.reten.gateway.result;

import com.reten.api.result.ActivityResultView;
import com.reten.api.result.ContactDirection;
import com.reten.api.result.ResultSource;
import com.reten.api.result.ResultStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A result as every result endpoint, and an activity's {@code result} field, show it (§4.5). */
public record ResultResponse(
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

  /** The worker's report; {@code label} is the code's label when the result was recorded. */
  public record TaskResult(
      String result,
      String label,
      String comment,
      ContactDirection contactType,
      String operatorExternalId,
      Instant futureScheduledAt,
      Map<String, Object> payload) {}

  /** The response of {@code view}, or null for none. */
  public static ResultResponse of(ActivityResultView view) {
    if (view == null) {
      return null;
    }
    var report = view.taskResult();
    return new ResultResponse(
        view.id(),
        view.activityId(),
        view.providerActivityId(),
        view.commerceExternalId(),
        view.occurredAt(),
        view.status(),
        view.externalStatus(),
        view.source(),
        new TaskResult(
            report.result(),
            report.label(),
            report.comment(),
            report.contactType(),
            report.operatorExternalId(),
            report.futureScheduledAt(),
            report.payload()),
        view.rawPayload(),
        view.createdAt());
  }
}
