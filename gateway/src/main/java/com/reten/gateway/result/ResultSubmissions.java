package com.reten.gateway.result;

import com.reten.api.error.RetenException;
import com.reten.api.result.ActivityResultView;
import com.reten.api.result.FindActivityResultQuery;
import com.reten.api.result.RecordTaskResultCommand;
import com.reten.api.result.ResultRoute;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Records a submitted result, then answers with it as the read model holds it. */
@Component
class ResultSubmissions {

  private final Commands commands;
  private final QueryGateway queries;
  private final Clock clock;

  ResultSubmissions(Commands commands, QueryGateway queries, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
  }

  ResponseEntity<ResultResponse> submit(
      Caller caller, SubmitResultRequest request, ResultRoute route) {
    UUID id = UUID.randomUUID();
    commands.send(
        new RecordTaskResultCommand(
            caller.tenantId(), id, route, request.submission(), clock.instant()));
    return ResponseEntity.created(URI.create("/api/activity-results/" + id))
        .body(ResultResponse.of(find(caller, id)));
  }

  ActivityResultView find(Caller caller, UUID id) {
    return queries
        .query(
            new FindActivityResultQuery(caller.tenantId(), id),
            ResponseTypes.optionalInstanceOf(ActivityResultView.class))
        .join()
        .orElseThrow(() -> RetenException.notFound("Result"));
  }
}
