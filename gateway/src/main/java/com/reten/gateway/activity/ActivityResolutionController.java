package com.reten.gateway.activity;

import com.reten.api.activity.ActivityAttributeView;
import com.reten.api.activity.ActivityTargetUserView;
import com.reten.api.activity.ListActivityAttributesQuery;
import com.reten.api.activity.ListActivityTargetUsersQuery;
import com.reten.api.activity.ResolveActivityTargetUserCommand;
import com.reten.api.activity.RetryActivityResolutionCommand;
import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Activities")
@RestController
@RequestMapping("/api/activities")
class ActivityResolutionController {

  private final ActivityReader reader;
  private final QueryGateway queries;
  private final Commands commands;
  private final Clock clock;

  ActivityResolutionController(
      ActivityReader reader, QueryGateway queries, Commands commands, Clock clock) {
    this.reader = reader;
    this.queries = queries;
    this.commands = commands;
    this.clock = clock;
  }

  @Operation(
      summary = "Retry target and attribute resolution",
      description =
          "Only for an UNRESOLVED activity (400 otherwise). Re-runs every FAILED target user with"
              + " the rule the activity was created with, and every FAILED attribute Reten was to"
              + " resolve (strategy UPFRONT or ON_DISPATCH); a target user waiting for a hand"
              + " (MANUAL) stays PENDING. 200 with the activity: READY (status event"
              + " RESOLUTION_RETRY_SUCCESS) when nothing fails any more, else still UNRESOLVED"
              + " (RESOLUTION_RETRY_FAILED, whose errorMessage lists what still fails). No body."
              + " Accepts If-Match with the activity's ETag (409 when stale).")
  @PatchMapping("/{id}/retry-resolution")
  @RequiresPermission(Permission.CREATE_ACTIVITY)
  ResponseEntity<ActivityResponse> retry(
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new RetryActivityResolutionCommand(
            caller.tenantId(), id, Versions.expected(ifMatch), clock.instant()));
    return reader.versioned(ResponseEntity.ok(), caller, id);
  }

  @Operation(
      operationId = "resolveActivityTargetUser",
      summary = "Resolve a target user by hand",
      description =
          "Body {commerce_user_id}: a user of the activity's commerce (404 when it is not one of"
              + " its users, 400 when inactive). The target user must be PENDING or FAILED (400"
              + " when RESOLVED or LOCKED; 404 unknown) and the activity READY or UNRESOLVED (400"
              + " otherwise). It becomes LOCKED with lockReason MANUAL_ASSIGNMENT and resolvedAt ="
              + " lockedAt = now; when that leaves an UNRESOLVED activity nothing failing, the"
              + " activity becomes READY (status event RESOLUTION_RETRY_SUCCESS). 200 with the"
              + " target user; ETag is the activity's new version. Accepts If-Match with the"
              + " activity's ETag (409 when stale).")
  @PatchMapping("/{id}/target-users/{targetUserId}/resolve")
  @RequiresPermission(Permission.CREATE_ACTIVITY)
  ResponseEntity<TargetUserResponse> resolve(
      @PathVariable UUID id,
      @PathVariable UUID targetUserId,
      @Valid @RequestBody ResolveTargetUserRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new ResolveActivityTargetUserCommand(
            caller.tenantId(),
            id,
            targetUserId,
            request.commerceUserId(),
            Versions.expected(ifMatch),
            clock.instant()));
    long version = reader.find(caller, id).version();
    TargetUserResponse target =
        targetUsers(caller, id).stream()
            .filter(candidate -> candidate.id().equals(targetUserId))
            .findFirst()
            .orElseThrow(() -> RetenException.notFound("Target user"));
    return ResponseEntity.ok().eTag(Versions.etag(version)).body(target);
  }

  @Operation(
      operationId = "listActivityTargetUsers",
      summary = "An activity's target users",
      description =
          "In the order resolution added them: {id, commerceUserId, commerceUser{firstName,"
              + " lastName}, resolutionStatus (PENDING, RESOLVED, LOCKED, FAILED),"
              + " resolutionStrategy (ON_CREATION, ON_DISPATCH, MANUAL), lockReason"
              + " (CRITERIA_MATCH, FALLBACK_COMMERCE_REP, FALLBACK_OWNER, MANUAL_ASSIGNMENT),"
              + " resolvedAt, lockedAt, errorMessage (ours: why FAILED, or waiting for a hand)}. A"
              + " rule that picks several commerce users gives one target user each. 404 also for"
              + " another tenant's activity.")
  @GetMapping("/{id}/target-users")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<TargetUserResponse> targetUsers(@PathVariable UUID id, Caller caller) {
    reader.find(caller, id);
    return targetUsers(caller, id);
  }

  @Operation(
      operationId = "listActivityAttributes",
      summary = "An activity's attributes",
      description =
          "In request order (attribute_keys, then the keys of attributes[] not already named):"
              + " {id, activityId, attributeKeyId, key, value (any JSON), resolutionStatus"
              + " (PENDING, RESOLVED, FAILED, FALLBACK), resolverType, resolvedAt, errorMessage,"
              + " createdAt, updatedAt}. 404 also for another tenant's activity.")
  @GetMapping("/{id}/attributes")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<AttributeResponse> attributes(@PathVariable UUID id, Caller caller) {
    reader.find(caller, id);
    return queries
        .query(
            new ListActivityAttributesQuery(caller.tenantId(), id),
            ResponseTypes.multipleInstancesOf(ActivityAttributeView.class))
        .join()
        .stream()
        .map(AttributeResponse::of)
        .toList();
  }

  private List<TargetUserResponse> targetUsers(Caller caller, UUID id) {
    return queries
        .query(
            new ListActivityTargetUsersQuery(caller.tenantId(), id),
            ResponseTypes.multipleInstancesOf(ActivityTargetUserView.class))
        .join()
        .stream()
        .map(TargetUserResponse::of)
        .toList();
  }
}
