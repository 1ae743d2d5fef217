package com.reten.gateway.projection;

import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.security.RequiresPermission.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Read-model operations for the platform operator: positions, lag, and blue/green replays. */
@Tag(
    name = "Projections",
    description =
        "Event processors and their read models (SUPER_ADMIN): positions, lag, blue/green replays and parked events.")
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionController {

  private static final Logger log = LoggerFactory.getLogger(ProjectionController.class);

  private static final String REPLAY =
      "SUPER_ADMIN only. Rebuilds the read model from the first event into a shadow copy while the"
          + " API keeps serving the current one, then switches over in one transaction once the"
          + " copy has caught up: readers see the old rows until that commit and the rebuilt ones"
          + " after it, never an empty or partial table. Answers 202 at once; follow it with GET"
          + " /api/admin/projections/{name} (status REPLAYING, then RUNNING; replay.status"
          + " SUCCEEDED or FAILED — a failed replay leaves the live read model unchanged; it fails"
          + " on the first event it cannot apply, naming its position but never SQL or values, and"
          + " a successful one has applied every event, so it empties the processor's dead-letter"
          + " queue). While"
          + " the switch runs (a pause as long as copying the rows), new events reach this read"
          + " model only after it. 404 unknown name; 409 PROJECTION_REPLAY_RUNNING, or"
          + " PROJECTION_NOT_REPLAYABLE naming why (the event-stream index, whose positions are"
          + " clients' cursors; processors that publish or send commands; subscribing ones, which"
          + " keep no token; a processor another instance holds — send the replay there).";

  private final ProjectionStatuses statuses;
  private final ProjectionReplays replays;

  ProjectionController(ProjectionStatuses statuses, ProjectionReplays replays) {
    this.statuses = statuses;
    this.replays = replays;
  }

  @Operation(
      summary = "Every event processor with its position and lag",
      description =
          "SUPER_ADMIN only. As seen by the instance answering: a processor another instance"
              + " holds reads CLAIMED_ELSEWHERE without a position. Lag counts events between"
              + " the event store's head and the processor's position.")
  @GetMapping
  @RequiresPermission(value = Permission.MANAGE_PROJECTIONS, scope = Scope.PLATFORM)
  List<ProjectionResponse> list() {
    return statuses.all();
  }

  @Operation(
      operationId = "getProjection",
      summary = "One projection",
      description =
          "One event processor with its position, its lag behind the event store and its latest replay; 404 for an unknown name.")
  @GetMapping("/{name}")
  @RequiresPermission(value = Permission.MANAGE_PROJECTIONS, scope = Scope.PLATFORM)
  ProjectionResponse one(@PathVariable String name) {
    return statuses.one(name).orElseThrow(() -> RetenException.notFound("Projection " + name));
  }

  @Operation(
      summary = "Rebuild a read model from the event store, blue/green",
      description = REPLAY)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PostMapping("/{name}/replay")
  @RequiresPermission(value = Permission.MANAGE_PROJECTIONS, scope = Scope.PLATFORM)
  ResponseEntity<ProjectionResponse> replay(@PathVariable String name, Caller caller) {
    replays.start(name);
    log.info("Replay of {} started by {} {}", name, caller.actorType(), caller.actorId());
    return ResponseEntity.accepted()
        .location(URI.create("/api/admin/projections/" + name))
        .body(one(name));
  }
}
