package com.reten.gateway.events;

import com.reten.api.security.Permission;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The active tenant's event stream (API.md 6): a page, an NDJSON export, or live SSE. */
@Tag(
    name = "Events",
    description =
        "The event streams: every change as an event, for auditors and analytics (tenant stream and platform stream).")
@RestController
@RequestMapping("/api/events")
class EventStreamController {

  static final String DESCRIPTION =
      "Events in stream order, each {cursor, aggregateType, aggregateId, sequence, eventType,"
          + " revision, occurredAt, actor {type, id}, correlationId, payload}. The cursor is"
          + " opaque: pass the last one you processed as `after` (or, for SSE, as Last-Event-ID)"
          + " to get only later events; a malformed cursor is a 400. Later events always have"
          + " later cursors, and an event never appears behind a cursor already handed out, even"
          + " when transactions commit out of order (see the API description). The stream is"
          + " written after the write that caused an event has answered, typically within"
          + " milliseconds; a page or export waits (up to 2 s) until it holds every event stored"
          + " before the request, so your own acknowledged writes are there. Filters: `types`,"
          + " a comma list of event type names (`ActivityCreatedEvent,ActivityCanceledEvent`;"
          + " names of no event match nothing), `aggregate_id`. The payload is the event's"
          + " current revision; fields holding secrets (password, key and token hashes,"
          + " credentials) read \"[REDACTED]\". Accept: application/json (default) returns one"
          + " page of up to `limit` (1-1000, default 100) events and `nextCursor` (always set);"
          + " a page shorter than `limit` means you are caught up. Accept: application/x-ndjson"
          + " streams every event after the cursor, one JSON object per line (`limit` ignored)."
          + " Accept: text/event-stream follows the stream live: each event is an SSE message"
          + " whose id is its cursor; EventSource reconnects resume from Last-Event-ID.";

  private final EventStreamFormats formats;

  EventStreamController(EventStreamFormats formats) {
    this.formats = formats;
  }

  @Operation(
      operationId = "listEvents",
      summary = "The tenant's events, a page at a time",
      description = DESCRIPTION)
  @GetMapping
  @RequiresPermission(Permission.VIEW_AUDIT_LOG)
  EventPageResponse page(
      @RequestParam(required = false) String after,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String types,
      @RequestParam(name = "aggregate_id", required = false) String aggregateId,
      Caller caller) {
    return formats.page(EventStream.of(caller.tenantId(), types, aggregateId), after, limit);
  }

  @Operation(summary = "The tenant's events as NDJSON", description = DESCRIPTION)
  @GetMapping(produces = EventStreamFormats.NDJSON)
  @RequiresPermission(Permission.VIEW_AUDIT_LOG)
  void export(
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String types,
      @RequestParam(name = "aggregate_id", required = false) String aggregateId,
      Caller caller,
      HttpServletResponse response)
      throws IOException {
    formats.export(EventStream.of(caller.tenantId(), types, aggregateId), after, response);
  }

  @Operation(summary = "The tenant's events, live (SSE)", description = DESCRIPTION)
  @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @RequiresPermission(Permission.VIEW_AUDIT_LOG)
  ResponseEntity<SseEmitter> follow(
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String types,
      @RequestParam(name = "aggregate_id", required = false) String aggregateId,
      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
      Caller caller) {
    return formats.follow(
        EventStream.of(caller.tenantId(), types, aggregateId), after, lastEventId);
  }
}
