package com.reten.gateway.activity;

import com.reten.api.activity.ActivityType;
import com.reten.api.activity.CancelActivityCommand;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Activities",
    description =
        "Tasks and messages about one commerce of the active tenant. A new activity is READY,"
            + " or UNRESOLVED when a target user or a required attribute could not be resolved"
            + " (see target-users, attributes and retry-resolution). idempotency_key is unique in"
            + " the tenant: the activity id derives from it, and a repeat is a 409 whose details"
            + " name the existing activity's id (field \"id\"). The activity read model is"
            + " written with the activity's events, in one transaction: once a write has answered,"
            + " every read shows it (GET /api/events too, which waits for its log to catch up).")
@RestController
@RequestMapping("/api/activities")
class ActivityController {

  private final ActivityCreation creation;
  private final ActivityReader reader;
  private final Commands commands;
  private final Clock clock;

  ActivityController(
      ActivityCreation creation, ActivityReader reader, Commands commands, Clock clock) {
    this.creation = creation;
    this.reader = reader;
    this.commands = commands;
    this.clock = clock;
  }

  @Operation(
      summary = "Create an activity",
      description =
          "type, reason, channel, commerce_id (an active commerce of the tenant: 404 unknown or"
              + " another tenant's, 400 inactive), idempotency_key (up to 255) and scheduled_at"
              + " are required. TASK uses SALESMAN or CALLCENTER, MESSAGE uses WHATSAPP, EMAIL,"
              + " SMS or PUSH (400 otherwise). A TASK may name assigned_route_id and"
              + " assigned_operator_id together (checked as on /tasks). 201 with Location and"
              + " ETag; 409 with the existing id in details when the key was used."
              + " target_criteria[{type, config, priority}] (ROLE_MATCH needs config.role, a"
              + " commerce role; LAST_CONTACTED_ALL_CHANNELS, LAST_CONTACTED_SAME_CHANNEL), when"
              + " given, replace the tenant's target-resolution config: resolved at creation,"
              + " lowest priority first, then the COMMERCE_REP and OWNER fallbacks. attribute_keys"
              + " and attributes[{key, value, fallback}] (keys of the attribute-key catalog, each"
              + " at most once in attributes) request attributes; a value is any JSON and wins"
              + " over the tenant's policy. An unknown key or a bad criterion is a 400. When a"
              + " target user or an attribute Reten was to resolve upfront fails, the activity is"
              + " created UNRESOLVED with status events CREATED then RESOLUTION_FAILED.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.CREATE_ACTIVITY)
  ResponseEntity<ActivityResponse> create(
      @Validated({Default.class, Generic.class}) @RequestBody CreateActivityRequest request,
      Caller caller) {
    return created(creation.create(caller, request, request.type()), caller);
  }

  @Operation(
      operationId = "createTask",
      summary = "Create a task",
      description =
          "As POST /api/activities with type TASK (a type in the body is ignored);"
              + " assigned_route_id and assigned_operator_id are required: an active route and an"
              + " active operator of the tenant (404 otherwise), the operator actively linked to"
              + " the route in any role (400 otherwise).")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/tasks")
  @RequiresPermission(Permission.CREATE_ACTIVITY)
  ResponseEntity<ActivityResponse> createTask(
      @Validated({Default.class, CreateActivityRequest.TaskOnly.class}) @RequestBody
          CreateActivityRequest request,
      Caller caller) {
    return created(creation.create(caller, request, ActivityType.TASK), caller);
  }

  @Operation(
      operationId = "createMessage",
      summary = "Create a message",
      description =
          "As POST /api/activities with type MESSAGE (a type in the body is ignored); no route or"
              + " operator (400).")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/messages")
  @RequiresPermission(Permission.CREATE_ACTIVITY)
  ResponseEntity<ActivityResponse> createMessage(
      @Valid @RequestBody CreateActivityRequest request, Caller caller) {
    return created(creation.create(caller, request, ActivityType.MESSAGE), caller);
  }

  @Operation(
      summary = "One activity",
      description =
          "The activity of API.md 4.1; commerceAssignment.commerce holds the commerce's name and"
              + " external id as they were when the activity was created. ETag is the activity's"
              + " version. 404 also for another tenant's activity. as_of (ISO-8601 time) or"
              + " version (a sequence number) returns the activity as it was then, rebuilt from"
              + " its events (the commerce's name and external id still come from the read model),"
              + " with the version reached as the ETag: 404 when it did not exist yet, 400 for a"
              + " malformed value or both given.")
  @GetMapping("/{id}")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  ResponseEntity<ActivityResponse> get(
      @PathVariable UUID id,
      @RequestParam(name = "as_of", required = false) String asOf,
      @RequestParam(required = false) String version,
      Caller caller) {
    return reader.atPoint(caller, id, asOf, version);
  }

  @Operation(
      summary = "Cancel an activity",
      description =
          "From READY, UNRESOLVED or DISPATCHED; 400 when COMPLETED, CANCELED or FAILED. The body"
              + " ({reason}) is optional. Accepts If-Match (409 when stale). 200 with the"
              + " activity.")
  @PatchMapping("/{id}/cancel")
  @RequiresPermission(Permission.CANCEL_ACTIVITY)
  ResponseEntity<ActivityResponse> cancel(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) CancelActivityRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new CancelActivityCommand(
            caller.tenantId(),
            id,
            request == null ? null : request.reason(),
            Versions.expected(ifMatch),
            clock.instant()));
    return reader.versioned(ResponseEntity.ok(), caller, id);
  }

  private ResponseEntity<ActivityResponse> created(UUID id, Caller caller) {
    return reader.created(URI.create("/api/activities/" + id), caller, id);
  }
}
