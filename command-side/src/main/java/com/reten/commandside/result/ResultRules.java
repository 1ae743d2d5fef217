package com.reten.commandside.result;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.result.ResultRoute;
import com.reten.api.result.ResultSubmission;
import com.reten.api.result.TaskResult;
import com.reten.commandside.resulttype.TaskResultTypeEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The rules a submitted result meets before it is matched to anything, whoever sends it. */
final class ResultRules {

  /** How far ahead of Reten's clock a submitter's clock may be. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private ResultRules() {}

  static void requireValid(ResultRoute route, ResultSubmission submission, Instant now) {
    require(submission.status() != null, "status: must not be null");
    require(
        route.accepts(submission.status()),
        "status: must be one of " + route.statuses() + " on this route");
    require(
        submission.activityId() != null || !blank(submission.providerActivityId()),
        "activity_id: give activity_id or provider_activity_id");
    require(!blank(submission.commerceExternalId()), "commerce_external_id: must not be blank");
    require(submission.occurredAt() != null, "occurred_at: must not be null");
    require(
        !submission.occurredAt().isAfter(now.plus(CLOCK_SKEW)),
        "occurred_at: must not be in the future");
    TaskResult report = submission.taskResult();
    require(report != null && !blank(report.result()), "task_result.result: must not be blank");
  }

  /** The code's entry, when it is an active code of the tenant. */
  static TaskResultTypeEntry requireActive(Optional<TaskResultTypeEntry> entry, String code) {
    return entry
        .filter(TaskResultTypeEntry::active)
        .orElseThrow(
            () -> invalid("task_result.result: '" + code + "' is not an active result type code"));
  }

  /** A code that requires a future date gets one, after {@code now}. */
  static void requireFutureDate(TaskResultTypeEntry type, TaskResult report, Instant now) {
    if (!type.type().requiresFutureScheduledAt()) {
      return;
    }
    require(
        report.futureScheduledAt() != null,
        "task_result.future_scheduled_at: required by result type " + type.type().code());
    require(
        report.futureScheduledAt().isAfter(now),
        "task_result.future_scheduled_at: must be in the future");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static void require(boolean rule, String message) {
    if (!rule) {
      throw invalid(message);
    }
  }

  private static RetenException invalid(String message) {
    return new RetenException(ErrorCode.VALIDATION_FAILED, message);
  }
}
