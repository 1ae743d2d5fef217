package com.reten.gateway.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.result.ActivityResultView;
import com.reten.api.result.FindActivityResultQuery;
import com.reten.api.result.RecordTaskResultCommand;
import com.reten.api.result.ResultRoute;
import com.reten.api.result.ResultSubmission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Records a submitted result, then answers with it as the read model holds it. With an {@code
 * Idempotency-Key} (Stripe's scheme), the result's id is derived from the tenant, the key and the
 * request itself, so the same key and request again are answered with the result already recorded,
 * and the same key with another request is a 409 (the command handler tells them apart by the key's
 * claim).
 */
@Component
class ResultSubmissions {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String IDEMPOTENCY_DOC =
      "An optional Idempotency-Key header (1-255 characters, unique per tenant) makes a retry"
          + " safe: the same key with the same body (and endpoint) is answered 201 with the result"
          + " it recorded, recording nothing again; the same key with another body is a 409. A"
          + " result refused with a 4xx keeps no key, so the corrected request may reuse it.";
  private static final int MAX_KEY = 255;

  private final Commands commands;
  private final QueryGateway queries;
  private final Clock clock;
  private final ObjectMapper json;

  ResultSubmissions(Commands commands, QueryGateway queries, Clock clock, ObjectMapper json) {
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
    this.json = json;
  }

  ResponseEntity<ResultResponse> submit(
      Caller caller, SubmitResultRequest request, ResultRoute route, String idempotencyKey) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY)) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED,
          IDEMPOTENCY_KEY + " must be 1 to " + MAX_KEY + " characters");
    }
    ResultSubmission submission = request.submission();
    UUID id =
        idempotencyKey == null
            ? UUID.randomUUID()
            : keyedId(caller.tenantId(), idempotencyKey, route, submission);
    UUID recorded =
        commands.send(
            new RecordTaskResultCommand(
                caller.tenantId(), id, route, submission, clock.instant(), idempotencyKey));
    return ResponseEntity.created(URI.create("/api/activity-results/" + recorded))
        .body(ResultResponse.of(find(caller, recorded)));
  }

  /** Equal exactly when tenant, key, route and every submitted value are. */
  private UUID keyedId(UUID tenantId, String key, ResultRoute route, ResultSubmission submission) {
    try {
      String request = route + "\n" + json.writeValueAsString(submission);
      String named = "result\n" + tenantId + "\n" + key + "\n" + request;
      return UUID.nameUUIDFromBytes(named.getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A parsed submission could not be written back", e);
    }
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
