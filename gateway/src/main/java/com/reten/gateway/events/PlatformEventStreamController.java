package com.reten.gateway.events;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.security.RequiresPermission.Scope;
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

/**
 * The platform stream: events that belong to no tenant (users as people, sign-in sessions, the
 * bootstrap administrator), for SUPER_ADMIN only. A separate path rather than a flag on {@code
 * /api/events}, so a tenant stream can never be widened by a parameter.
 */
@Tag(name = "Events")
@RestController
@RequestMapping("/api/admin/events")
class PlatformEventStreamController {

  private static final String DESCRIPTION =
      "SUPER_ADMIN only (403 for anyone else, API keys included); no x-tenant-id. Events that"
          + " belong to no tenant: users registered as people, password changes, sign-in"
          + " sessions. Tenant events are read per tenant from GET /api/events. Otherwise as GET"
          + " /api/events: "
          + EventStreamController.DESCRIPTION;

  private final EventStreamFormats formats;

  PlatformEventStreamController(EventStreamFormats formats) {
    this.formats = formats;
  }

  @Operation(
      operationId = "listPlatformEvents",
      summary = "Platform-level events, a page at a time",
      description = DESCRIPTION)
  @GetMapping
  @RequiresPermission(value = Permission.VIEW_AUDIT_LOG, scope = Scope.PLATFORM)
  EventPageResponse page(
      @RequestParam(required = false) String after,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String types,
      @RequestParam(name = "aggregate_id", required = false) String aggregateId,
      Caller caller) {
    return formats.page(platform(caller, types, aggregateId), after, limit);
  }

  @Operation(summary = "Platform-level events as NDJSON", description = DESCRIPTION)
  @GetMapping(produces = EventStreamFormats.NDJSON)
  @RequiresPermission(value = Permission.VIEW_AUDIT_LOG, scope = Scope.PLATFORM)
  void export(
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String types,
      @RequestParam(name = "aggregate_id", required = false) String aggregateId,
      Caller caller,
      HttpServletResponse response)
      throws IOException {
    formats.export(platform(caller, types, aggregateId), after, response);
  }

  @Operation(summary = "Platform-level events, live (SSE)", description = DESCRIPTION)
  @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @RequiresPermission(value = Permission.VIEW_AUDIT_LOG, scope = Scope.PLATFORM)
  ResponseEntity<SseEmitter> follow(
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String types,
      @RequestParam(name = "aggregate_id", required = false) String aggregateId,
      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
      Caller caller) {
    return formats.follow(platform(caller, types, aggregateId), after, lastEventId);
  }

  private static EventStream platform(Caller caller, String types, String aggregateId) {
    if (!caller.superAdmin()) {
      throw new RetenException(
          ErrorCode.PERMISSION_DENIED, "Only a SUPER_ADMIN may read platform events");
    }
    return EventStream.of(null, types, aggregateId);
  }
}
