package com.reten.commandside.result;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.result.ActivityResult;
import com.reten.api.result.RecordTaskResultCommand;
import com.reten.api.result.ResultSource;
import com.reten.api.result.ResultSubmission;
import com.reten.api.result.TaskResult;
import com.reten.commandside.activity.Activity;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import com.reten.commandside.common.Aggregates;
import com.reten.commandside.resulttype.TaskResultTypeCatalogs;
import com.reten.commandside.resulttype.TaskResultTypeEntry;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Records a submitted result in one unit of work: checks it, finds its commerce (by the external
 * id's claim) and its activity ({@code activity_id}, else the provider's id), then records it on
 * the Activity aggregate — which decides, under the activity's lock, what it does to the status —
 * or, when no activity has the provider's id, as a STANDALONE result; and notes it in {@link
 * LastResults}, all in the transaction that stores its events.
 */
@Component
class TaskResultHandler {

  private final Repository<Activity> activities;
  private final Repository<StandaloneResult> standalone;
  private final UniqueClaims claims;
  private final TaskResultTypeCatalogs resultTypes;
  private final ProviderActivityIds providerIds;
  private final LastResults lastResults;

  TaskResultHandler(
      Repository<Activity> activities,
      Repository<StandaloneResult> standalone,
      UniqueClaims claims,
      TaskResultTypeCatalogs resultTypes,
      ProviderActivityIds providerIds,
      LastResults lastResults) {
    this.activities = activities;
    this.standalone = standalone;
    this.claims = claims;
    this.resultTypes = resultTypes;
    this.providerIds = providerIds;
    this.lastResults = lastResults;
  }

  @CommandHandler
  UUID handle(RecordTaskResultCommand command) throws Exception {
    UUID tenant = command.tenantId();
    if (isRepeat(command)) {
      return command.resultId(); // recorded by an earlier request with this key and this body
    }
    ResultSubmission submission = command.submission();
    ResultRules.requireValid(command.route(), submission, command.at());
    UUID commerceId = commerceOf(tenant, submission.commerceExternalId());
    String code = submission.taskResult().result();
    TaskResultTypeEntry type =
        ResultRules.requireActive(resultTypes.find(tenant, code, command.at()), code);
    ResultRules.requireFutureDate(type, submission.taskResult(), command.at());
    TaskResult report = submission.taskResult().labeled(type.type().label());

    Optional<UUID> activityId = activityOf(tenant, submission);
    ActivityChannel channel = null;
    if (activityId.isPresent()) {
      var result =
          result(command, activityId.get(), ResultSource.RETEN_ACTIVITY, commerceId, report);
      boolean followUp = type.type().requiresFutureScheduledAt();
      channel =
          Aggregates.loadOrNotFound(activities, activityId.get(), null, "Activity")
              .invoke(
                  activity ->
                      activity.recordResult(
                          tenant, result, command.route(), followUp, command.at()));
    } else {
      var result = result(command, null, ResultSource.STANDALONE, commerceId, report);
      standalone.newInstance(() -> new StandaloneResult(tenant, result, command.at()));
    }
    lastResults.record(
        tenant,
        commerceId,
        new LastResult(
            activityId.orElse(null),
            command.resultId(),
            code,
            submission.status(),
            submission.occurredAt(),
            channel));
    return command.resultId();
  }

  /**
   * Claims the request's {@code Idempotency-Key} first, in the transaction that records the result,
   * so a rejected result leaves the key free and a concurrent repeat waits here for the first to
   * commit. A key already held by this result id (the same key and request) is a repeat; held by
   * another, a conflict.
   */
  private boolean isRepeat(RecordTaskResultCommand command) {
    if (command.idempotencyKey() == null) {
      return false;
    }
    String key = ClaimScope.perTenant(command.tenantId(), command.idempotencyKey());
    if (claims.claim(ClaimScope.RESULT_IDEMPOTENCY_KEY, key, command.resultId())) {
      return false;
    }
    Optional<UUID> holder = claims.owner(ClaimScope.RESULT_IDEMPOTENCY_KEY, key);
    if (!holder.equals(Optional.of(command.resultId()))) {
      throw new RetenException(
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
          "Idempotency-Key was already used in this tenant for another request");
    }
    return true;
  }

  private UUID commerceOf(UUID tenant, String externalId) {
    return claims
        .owner(ClaimScope.COMMERCE_EXTERNAL_ID, ClaimScope.perTenant(tenant, externalId))
        .orElseThrow(() -> RetenException.notFound("Commerce"));
  }

  /**
   * {@code activity_id} when given (an unknown one is not found, never a standalone result), else
   * the activity dispatched under the provider's id, if any.
   */
  private Optional<UUID> activityOf(UUID tenant, ResultSubmission submission) {
    if (submission.activityId() != null) {
      return Optional.of(submission.activityId());
    }
    return providerIds.activityOf(tenant, submission.providerActivityId());
  }

  private static ActivityResult result(
      RecordTaskResultCommand command,
      UUID activityId,
      ResultSource source,
      UUID commerceId,
      TaskResult report) {
    ResultSubmission s = command.submission();
    return new ActivityResult(
        command.resultId(),
        activityId,
        s.providerActivityId(),
        commerceId,
        s.commerceExternalId(),
        s.occurredAt(),
        s.status(),
        s.externalStatus(),
        source,
        report,
        s.rawPayload(),
        s.hardOverride());
  }
}
