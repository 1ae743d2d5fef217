package com.reten.gateway.result;

import com.reten.api.result.ResultRoute;
import com.reten.api.security.Permission;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Task Integration API")
@RestController
class IntegrationResultController {

  private final ResultSubmissions submissions;

  IntegrationResultController(ResultSubmissions submissions) {
    this.submissions = submissions;
  }

  @Operation(
      summary = "Submit a task result (integrations)",
      description =
          "API key with SUBMIT_ACTIVITY_RESULT only (a Bearer token is 401). As POST"
              + " /api/activity-results/tasks, with status ∈ EFFECTIVE (→ COMPLETED),"
              + " NOT_EFFECTIVE (→ FAILED), PENDING (no change). 409 when the activity already"
              + " has a final result (EFFECTIVE or NOT_EFFECTIVE, or a final core status) —"
              + " whatever the new status — unless hard_override: true, which replaces it and"
              + " moves the activity to the state the new result implies. Of two identical"
              + " submissions racing, one is 201 and the other 409. 201 with Location. "
              + ResultSubmissions.IDEMPOTENCY_DOC)
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/integration/activity-results/tasks")
  @RequiresPermission(Permission.SUBMIT_ACTIVITY_RESULT)
  ResponseEntity<ResultResponse> submit(
      @Valid @RequestBody SubmitResultRequest request,
      @RequestHeader(name = ResultSubmissions.IDEMPOTENCY_KEY, required = false)
          String idempotencyKey,
      Caller caller) {
    return submissions.submit(caller, request, ResultRoute.INTEGRATION, idempotencyKey);
  }
}
