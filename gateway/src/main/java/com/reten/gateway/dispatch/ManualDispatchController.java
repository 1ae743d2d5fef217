package com.reten.gateway.dispatch;

import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.ActivityView;
import com.reten.api.activity.RequestActivityDispatchCommand;
import com.reten.api.dispatch.DispatchConfigView;
import com.reten.api.dispatch.FindActiveDispatchConfigQuery;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Activities")
@RestController
class ManualDispatchController {

  private final Commands commands;
  private final QueryGateway queries;
  private final DispatchOutcomes outcomes;
  private final Clock clock;

  ManualDispatchController(
      Commands commands, QueryGateway queries, DispatchOutcomes outcomes, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  @Operation(
      operationId = "dispatchTask",
      summary = "Dispatch a task now",
      description =
          "Sends a READY task to the tenant's active dispatch config for its channel now, even if"
              + " it is scheduled later or waiting out a retry back-off, and answers with the"
              + " attempt's outcome: 204 once the provider accepted it (DISPATCHED); 502 when the"
              + " attempt failed (it counts as one of the 3 attempts; the message says why, as the"
              + " status event does). The attempt is made by the dispatcher, so it is never in"
              + " flight twice: when one is already running, this call waits for that one and"
              + " reports it. 400 when the activity is not a TASK or not READY; 404 when it is"
              + " unknown or another tenant's, or when no config is active for its channel. 502"
              + " also when no outcome arrives within reten.dispatch.manual-wait (default 30 s).")
  @ApiResponse(
      responseCode = "502",
      description = "The provider refused or did not answer; the attempt is recorded as failed",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @PostMapping("/api/activities/tasks/{id}/dispatch")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequiresPermission(Permission.DISPATCH_ACTIVITY)
  void dispatch(@PathVariable UUID id, Caller caller) {
    ActivityView task = outcomes.activity(caller.tenantId(), id);
    if (task.details().type() != ActivityType.TASK) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION, "Only a TASK is dispatched through this endpoint");
    }
    if (task.status() != ActivityStatus.READY) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION,
          "Activity is " + task.status() + "; only a READY task can be dispatched");
    }
    var channel = task.details().channel();
    queries
        .query(
            new FindActiveDispatchConfigQuery(caller.tenantId(), channel),
            ResponseTypes.optionalInstanceOf(DispatchConfigView.class))
        .join()
        .orElseThrow(
            () ->
                new RetenException(
                    ErrorCode.NOT_FOUND, "No active dispatch config for channel " + channel));
    Integer before =
        commands.send(new RequestActivityDispatchCommand(caller.tenantId(), id, clock.instant()));
    outcomes.awaitAccepted(caller.tenantId(), id, before);
  }
}
