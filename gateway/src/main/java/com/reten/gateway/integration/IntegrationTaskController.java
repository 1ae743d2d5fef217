package com.reten.gateway.integration;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.integration.IntegrationTaskPage;
import com.reten.api.integration.ListIntegrationTasksQuery;
import com.reten.api.result.ResultStatus;
import com.reten.api.resulttype.ListTaskResultTypesQuery;
import com.reten.api.resulttype.TaskResultTypeView;
import com.reten.api.security.Permission;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.PageParams;
import com.reten.gateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Task Integration API",
    description =
        "For integrations, with an API key only (a Bearer token is 401), in the integration"
            + " vocabulary: task status PENDING (Reten's READY or UNRESOLVED), IN_PROGRESS"
            + " (DISPATCHED), COMPLETED, CANCELLED (CANCELED) and, ours, FAILED; result status"
            + " EFFECTIVE (a result that completes the task: EFFECTIVE, COMPLETED, TRANSFERRED),"
            + " NOT_EFFECTIVE (one that fails or cancels it: NOT_EFFECTIVE, NOT_EXECUTED,"
            + " CANCELED) and PENDING.")
@RestController
class IntegrationTaskController {

  private final QueryGateway queries;

  IntegrationTaskController(QueryGateway queries) {
    this.queries = queries;
  }

  @Operation(
      operationId = "listIntegrationTasks",
      summary = "List tasks",
      description =
          "The tenant's TASK activities, latest scheduledAt first (ties by id), paginated with"
              + " page and limit (or per_page). status (integration vocabulary; CANCELED accepted"
              + " for CANCELLED); result_status: the latest result's, EFFECTIVE, NOT_EFFECTIVE or"
              + " PENDING (tasks without a result match none); channel; external_commerce_id"
              + " (exact); external_operator_id: the assigned operator's external id (exact);"
              + " scheduled_from and scheduled_to: ISO instants, both inclusive. Each task:"
              + " {id, activityOrigin: \"ACTIVITY\", type, status, lifecycleStatus (Reten's own"
              + " status: READY, UNRESOLVED, DISPATCHED, COMPLETED, CANCELED, FAILED),"
              + " lifecycleStatusLabel and lifecycleStatusDetail (Spanish words for it, fixed per"
              + " status: READY is \"Programada\", a task waiting for its date), channel, scheduledAt, occurredAt (when the latest result says the task"
              + " was worked, null without one), createdAt, canForceRetryDispatch (true while the"
              + " task is READY: POST /api/activities/tasks/{id}/dispatch would be accepted now),"
              + " commerceExternalId, commerceName, operatorExternalId, result (the latest, as in"
              + " GET /api/activity-results, or null)}.")
  @GetMapping("/api/integration/activities/tasks")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  PageResponse<IntegrationTaskResponse> tasks(
      PageParams params,
      @RequestParam(required = false) String status,
      @RequestParam(name = "result_status", required = false) ResultStatus resultStatus,
      @RequestParam(required = false) ActivityChannel channel,
      @RequestParam(name = "external_commerce_id", required = false) @Size(max = 255)
          String externalCommerceId,
      @RequestParam(name = "external_operator_id", required = false) @Size(max = 255)
          String externalOperatorId,
      @RequestParam(name = "scheduled_from", required = false) Instant scheduledFrom,
      @RequestParam(name = "scheduled_to", required = false) Instant scheduledTo,
      Caller caller) {
    if (resultStatus != null && resultStatus.integrationView() != resultStatus) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED,
          "Invalid value for parameter 'result_status': must be EFFECTIVE, NOT_EFFECTIVE or"
              + " PENDING");
    }
    var filters =
        new ListIntegrationTasksQuery.Filters(
            status == null || status.isBlank()
                ? null
                : IntegrationTaskStatus.parse(status).lifecycle(),
            resultStatus,
            channel,
            externalCommerceId,
            externalOperatorId,
            scheduledFrom,
            scheduledTo);
    var query =
        new ListIntegrationTasksQuery(caller.tenantId(), filters, params.page(), params.limit());
    IntegrationTaskPage page =
        queries.query(query, ResponseTypes.instanceOf(IntegrationTaskPage.class)).join();
    return PageResponse.of(
        page.items().stream().map(IntegrationTaskResponse::of).toList(), page.total(), params);
  }

  @Operation(
      operationId = "listIntegrationResultTypes",
      summary = "Result-type codes to submit",
      description =
          "The tenant's active result-type codes, in the order they were defined:"
              + " [{code, label, requiresFutureScheduledAt}]. A cheap way to check an API key.")
  @GetMapping("/api/integration/task-result-type-configs")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<TaskResultTypeConfigResponse> resultTypes(Caller caller) {
    return queries
        .query(
            new ListTaskResultTypesQuery(caller.tenantId(), true),
            ResponseTypes.multipleInstancesOf(TaskResultTypeView.class))
        .join()
        .stream()
        .map(
            type ->
                new TaskResultTypeConfigResponse(
                    type.code(), type.label(), type.requiresFutureScheduledAt()))
        .toList();
  }
}
