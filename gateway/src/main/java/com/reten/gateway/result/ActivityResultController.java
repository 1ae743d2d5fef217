package com.reten.gateway.result;

import com.reten.api.activity.ActivityView;
import com.reten.api.activity.FindActivityQuery;
import com.reten.api.error.RetenException;
import com.reten.api.result.ActivityResultPage;
import com.reten.api.result.ActivityResultView;
import com.reten.api.result.ListActivityResultsQuery;
import com.reten.api.result.ListResultsOfActivityQuery;
import com.reten.api.result.ResultRoute;
import com.reten.api.result.ResultStatus;
import com.reten.api.security.Permission;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.PageParams;
import com.reten.gateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Results",
    description =
        "What happened when a task was worked (API.md 4.5). A result names its activity by"
            + " activity_id (Reten's id: unknown or another tenant's is a 404) or, without it, by"
            + " provider_activity_id (the dispatch provider's id; one that matches no dispatched"
            + " activity makes a STANDALONE result of the commerce). commerce_external_id must be"
            + " a commerce of the tenant (404) and, for an activity, its commerce (400)."
            + " task_result.result must be an active result-type code (400, compared exactly);"
            + " a code that requires it needs a future task_result.future_scheduled_at (400) and"
            + " creates the follow-up of its activity (none for a STANDALONE result): same"
            + " commerce, type, channel, reason and"
            + " assignment, the same person (the commerce user the activity reached, by"
            + " LAST_CONTACTED_SAME_CHANNEL with the usual fallbacks), scheduledAt = that time,"
            + " idempotency_key"
            + " <activityId>:reschedule:<resultId> — created just after the 201, at most once, in"
            + " the name of the submitter; a refused follow-up (e.g. the commerce was deactivated)"
            + " shows as ActivityFollowUpFailedEvent in the activity's history. occurred_at may be"
            + " at most 5 minutes ahead of Reten's clock. raw_payload and task_result.payload are"
            + " JSON objects. The activity's status: PENDING changes nothing; COMPLETED,"
            + " TRANSFERRED, EFFECTIVE → COMPLETED; NOT_EXECUTED, NOT_EFFECTIVE → FAILED;"
            + " CANCELED → CANCELED — from DISPATCHED, or READY for a TASK worked without"
            + " dispatch (400 otherwise). COMPLETED, CANCELED and FAILED change only with"
            + " hard_override: true. The activity's result is its most recently recorded one;"
            + " lists are most recently recorded first (createdAt, ties by id).")
@RestController
class ActivityResultController {

  private final ResultSubmissions submissions;
  private final QueryGateway queries;

  ActivityResultController(ResultSubmissions submissions, QueryGateway queries) {
    this.submissions = submissions;
    this.queries = queries;
  }

  @Operation(
      operationId = "submitResult",
      summary = "Submit a task result",
      description =
          "JWT or API key. status ∈ PENDING, COMPLETED, NOT_EXECUTED, CANCELED, TRANSFERRED."
              + " Body: activity_id or provider_activity_id, commerce_external_id, occurred_at,"
              + " status, external_status, hard_override, raw_payload and task_result{result,"
              + " comment, contact_type (INBOUND/OUTBOUND), operator_external_id,"
              + " future_scheduled_at, payload} — or the same report flat: resultTypeCode,"
              + " contactDirection, comment, operatorExternalId, futureScheduledAt, payload"
              + " (task_result wins when both are sent). A final result on a COMPLETED, CANCELED"
              + " or FAILED activity without hard_override is a 400. 201 with Location. "
              + ResultSubmissions.IDEMPOTENCY_DOC)
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/activity-results/tasks")
  @RequiresPermission(Permission.CREATE_ACTIVITY)
  ResponseEntity<ResultResponse> submit(
      @Valid @RequestBody SubmitResultRequest request,
      @RequestHeader(name = ResultSubmissions.IDEMPOTENCY_KEY, required = false)
          String idempotencyKey,
      Caller caller) {
    return submissions.submit(caller, request, ResultRoute.CORE, idempotencyKey);
  }

  @Operation(
      operationId = "listResults",
      summary = "List results",
      description =
          "Most recently recorded first (ties by id), paginated. activity_id;"
              + " commerce_external_id (exact); status (as submitted, either vocabulary);"
              + " occurred_from and occurred_to: ISO instants, both inclusive. Filters combine"
              + " with AND; a bad value is a 400.")
  @GetMapping("/api/activity-results")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  PageResponse<ResultResponse> list(
      PageParams params,
      @RequestParam(name = "activity_id", required = false) UUID activityId,
      @RequestParam(name = "commerce_external_id", required = false) @Size(max = 255)
          String commerceExternalId,
      @RequestParam(required = false) ResultStatus status,
      @RequestParam(name = "occurred_from", required = false) Instant occurredFrom,
      @RequestParam(name = "occurred_to", required = false) Instant occurredTo,
      Caller caller) {
    var filters =
        new ListActivityResultsQuery.Filters(
            activityId, commerceExternalId, status, occurredFrom, occurredTo);
    var query =
        new ListActivityResultsQuery(caller.tenantId(), filters, params.page(), params.limit());
    ActivityResultPage page =
        queries.query(query, ResponseTypes.instanceOf(ActivityResultPage.class)).join();
    return PageResponse.of(
        page.items().stream().map(ResultResponse::of).toList(), page.total(), params);
  }

  @Operation(
      operationId = "getResult",
      summary = "One result (ours)",
      description = "Where a submission's Location points. 404 also for another tenant's.")
  @GetMapping("/api/activity-results/{id}")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  ResultResponse get(@PathVariable UUID id, Caller caller) {
    return ResultResponse.of(submissions.find(caller, id));
  }

  @Operation(
      operationId = "listActivityResults",
      summary = "An activity's results",
      description =
          "Every result of the activity, most recently recorded first. 404 for an unknown or"
              + " another tenant's activity.")
  @GetMapping("/api/activities/{id}/results")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<ResultResponse> ofActivity(@PathVariable UUID id, Caller caller) {
    queries
        .query(
            new FindActivityQuery(caller.tenantId(), id),
            ResponseTypes.optionalInstanceOf(ActivityView.class))
        .join()
        .orElseThrow(() -> RetenException.notFound("Activity"));
    return queries
        .query(
            new ListResultsOfActivityQuery(caller.tenantId(), id),
            ResponseTypes.multipleInstancesOf(ActivityResultView.class))
        .join()
        .stream()
        .map(ResultResponse::of)
        .toList();
  }
}
