package com.reten.gateway.result;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.reten.api.result.ContactDirection;
import com.reten.api.result.ResultStatus;
import com.reten.api.result.ResultSubmission;
import com.reten.api.result.TaskResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A submitted result in either shape of API.md §4.5: the worker's report nested in {@code
 * task_result}, or flat at the top level ({@code resultTypeCode}, {@code contactDirection}, {@code
 * comment}, {@code operatorExternalId}, {@code futureScheduledAt}, {@code payload}). When {@code
 * task_result} is present it is used and the flat fields are ignored.
 */
record SubmitResultRequest(
    UUID activityId,
    @Size(max = 255) String providerActivityId,
    @NotBlank @Size(max = 255) String commerceExternalId,
    @NotNull Instant occurredAt,
    @NotNull ResultStatus status,
    @Size(max = 255) String externalStatus,
    Boolean hardOverride,
    Map<String, Object> rawPayload,
    @Valid TaskResultRequest taskResult,
    @Size(max = 64) String resultTypeCode,
    @JsonAlias({"contactDirection", "contact_direction", "contact_type", "contactType"})
        ContactDirection contactDirection,
    @Size(max = 2000) String comment,
    @Size(max = 255) String operatorExternalId,
    Instant futureScheduledAt,
    Map<String, Object> payload) {

  ResultSubmission submission() {
    return new ResultSubmission(
        activityId,
        providerActivityId,
        commerceExternalId,
        occurredAt,
        status,
        externalStatus,
        Boolean.TRUE.equals(hardOverride),
        rawPayload,
        report());
  }

  private TaskResult report() {
    if (taskResult != null) {
      return new TaskResult(
          taskResult.result(),
          null,
          taskResult.comment(),
          taskResult.contactType(),
          taskResult.operatorExternalId(),
          taskResult.futureScheduledAt(),
          taskResult.payload());
    }
    return new TaskResult(
        resultTypeCode,
        null,
        comment,
        contactDirection,
        operatorExternalId,
        futureScheduledAt,
        payload);
  }
}
