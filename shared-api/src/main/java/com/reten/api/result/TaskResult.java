package com.reten.api.result;

import java.time.Instant;
import java.util.Map;

/**
 * What the person who worked a task reports ({@code task_result}).
 *
 * @param result a result-type code of the tenant
 * @param label the code's label when the result was recorded; {@code null} as submitted
 * @param comment free text, or {@code null}
 * @param contactType who reached out, or {@code null}
 * @param operatorExternalId the external id of the operator who worked it, or {@code null}
 * @param futureScheduledAt when to try again, or {@code null}; required and in the future for a
 *     code that requires it
 * @param payload the submitter's own data, or {@code null}
 */
public record TaskResult(
    String result,
    String label,
    String comment,
    ContactDirection contactType,
    String operatorExternalId,
    Instant futureScheduledAt,
    Map<String, Object> payload) {

  /** This result with the label of its code. */
  public TaskResult labeled(String codeLabel) {
    return new TaskResult(
        result, codeLabel, comment, contactType, operatorExternalId, futureScheduledAt, payload);
  }
}
