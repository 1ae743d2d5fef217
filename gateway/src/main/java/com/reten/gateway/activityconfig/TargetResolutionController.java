package com.reten.gateway.activityconfig;

import com.reten.api.activityconfig.CreateTargetResolutionConfigCommand;
import com.reten.api.activityconfig.DeleteTargetResolutionConfigCommand;
import com.reten.api.activityconfig.ListTargetResolutionConfigsQuery;
import com.reten.api.activityconfig.TargetResolutionConfigView;
import com.reten.api.activityconfig.UpdateTargetResolutionConfigCommand;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Activity config: target resolution",
    description =
        "How the active tenant's activities pick their target users when the create request"
            + " names no target_criteria: the active config with the lowest priority; with"
            + " none, ON_CREATION with ROLE_MATCH COMMERCE_REP and both fallbacks. Criteria are"
            + " tried in ascending priority: ROLE_MATCH {config: {role}} (a commerce role:"
            + " OWNER, ORDERS, FINANCE, ATTENTION, ADMIN, COMMERCE_REP, OTHER; any case),"
            + " LAST_CONTACTED_ALL_CHANNELS, LAST_CONTACTED_SAME_CHANNEL. Changes apply to"
            + " activities created afterwards.")
@RestController
@RequestMapping("/api/activity-config/target-resolution")
class TargetResolutionController {

  private static final String PATH = "/api/activity-config/target-resolution/";

  private final Commands commands;
  private final QueryGateway queries;
  private final TargetResolutionReader reader;
  private final Clock clock;

  TargetResolutionController(
      Commands commands, QueryGateway queries, TargetResolutionReader reader, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.reader = reader;
    this.clock = clock;
  }

  @Operation(
      summary = "The tenant's target-resolution configs",
      description =
          "Every config, inactive ones included, by ascending priority; on a tie the active one"
              + " first, then the oldest. The first active config is the one in use. Criteria"
              + " come in the order they are tried.")
  @GetMapping
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<TargetResolutionResponse> list(Caller caller) {
    return queries
        .query(
            new ListTargetResolutionConfigsQuery(caller.tenantId()),
            ResponseTypes.multipleInstancesOf(TargetResolutionConfigView.class))
        .join()
        .stream()
        .map(TargetResolutionResponse::of)
        .toList();
  }

  @Operation(
      summary = "One target-resolution config",
      description =
          "ETag is the config's version (0 at creation, one more per change). 404 also for"
              + " another tenant's config and for a deleted one.")
  @GetMapping("/{id}")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  ResponseEntity<TargetResolutionResponse> get(@PathVariable UUID id, Caller caller) {
    return reader.versioned(ResponseEntity.ok(), caller, id);
  }

  @Operation(
      summary = "Add a target-resolution config",
      description =
          "resolution_strategy (ON_CREATION, ON_DISPATCH, MANUAL) is required;"
              + " fallback_to_commerce_rep and fallback_to_owner default to true; priority (any"
              + " integer, lower wins) defaults to 0; criteria[] {type, config, priority}"
              + " defaults to none (then only the fallbacks pick users), at most 20, config"
              + " defaulting to {} and a criterion's priority to its position. 201, active, with"
              + " Location and ETag. 409 when another active config of the tenant has the same"
              + " priority; 400 for a ROLE_MATCH without a commerce role in config.role.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_ACTIVITY_CONFIG)
  ResponseEntity<TargetResolutionResponse> create(
      @Valid @RequestBody CreateTargetResolutionRequest request, Caller caller) {
    UUID id = UUID.randomUUID();
    commands.send(
        new CreateTargetResolutionConfigCommand(
            caller.tenantId(), id, request.rule(), request.priorityOrDefault(), clock.instant()));
    return reader.versioned(ResponseEntity.created(URI.create(PATH + id)), caller, id);
  }

  @Operation(
      summary = "Change a target-resolution config",
      description =
          "The fields of the create, all optional, plus is_active; absent or null fields are left"
              + " as they are, and criteria, when given, replaces every criterion ([] removes"
              + " them). is_active false takes the config out of use and frees its priority; true"
              + " puts it back. 409 when the config would end up active on a priority another"
              + " active config holds (reactivating, or moving an active one). If-Match: the"
              + " ETag of a GET; 409 when the config changed meanwhile.")
  @PatchMapping("/{id}")
  @RequiresPermission(Permission.MANAGE_ACTIVITY_CONFIG)
  ResponseEntity<TargetResolutionResponse> update(
      @PathVariable UUID id,
      @Valid @RequestBody UpdateTargetResolutionRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new UpdateTargetResolutionConfigCommand(
            caller.tenantId(),
            id,
            request.resolutionStrategy(),
            request.fallbackToCommerceRep(),
            request.fallbackToOwner(),
            CriterionRequest.toCriteria(request.criteria()),
            request.priority(),
            request.isActive(),
            Versions.expected(ifMatch),
            clock.instant()));
    return reader.versioned(ResponseEntity.ok(), caller, id);
  }

  @Operation(
      summary = "Delete a target-resolution config",
      description =
          "204. Deletes, unlike is_active false: the config is no longer listed, its priority is"
              + " free, and later requests for it are 404 (its history stays in the event store)."
              + " Deleting again is a 404. Accepts If-Match (409 when stale).")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequiresPermission(Permission.MANAGE_ACTIVITY_CONFIG)
  void delete(
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new DeleteTargetResolutionConfigCommand(
            caller.tenantId(), id, Versions.expected(ifMatch), clock.instant()));
  }
}
