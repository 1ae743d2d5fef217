package com.reten.gateway.resulttype;

import com.reten.api.error.RetenException;
import com.reten.api.resulttype.ChangeTaskResultTypeCommand;
import com.reten.api.resulttype.DefineTaskResultTypeCommand;
import com.reten.api.resulttype.ListTaskResultTypesQuery;
import com.reten.api.resulttype.TaskResultTypeDefinition;
import com.reten.api.resulttype.TaskResultTypeView;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Activity config: result types",
    description =
        "The codes a tenant's task results carry (task_result.result). Every tenant starts with"
            + " SALE_COMPLETED, NOT_INTERESTED, RESCHEDULE (requires a future"
            + " future_scheduled_at) and NO_CONTACT, seeded at tenant setup; tenants set up before"
            + " result types existed are seeded on the first start of this version. Codes are"
            + " compared exactly (case-sensitive) and unique in the tenant; they are never"
            + " deleted, only deactivated, so past results keep their meaning. A result with a"
            + " code that requires a future date also creates a follow-up of its activity.")
@RestController
@RequestMapping("/api/activity-config/task-result-types")
class TaskResultTypeController {

  private final Commands commands;
  private final QueryGateway queries;
  private final Clock clock;

  TaskResultTypeController(Commands commands, QueryGateway queries, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
  }

  @Operation(
      summary = "List result-type codes",
      description =
          "Every code of the tenant, active or not, in the order they were defined:"
              + " [{code, label, requiresFutureScheduledAt, isActive}].")
  @GetMapping
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<TaskResultTypeResponse> list(Caller caller) {
    return all(caller).stream().map(TaskResultTypeResponse::of).toList();
  }

  @Operation(
      summary = "One result-type code",
      description = "404 for a code the tenant does not have (compared exactly).")
  @GetMapping("/{code}")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  TaskResultTypeResponse get(@PathVariable String code, Caller caller) {
    return TaskResultTypeResponse.of(find(caller, code));
  }

  @Operation(
      summary = "Add a result-type code",
      description =
          "code (^[A-Za-z0-9_]{1,64}$) and label (up to 255) are required;"
              + " requires_future_scheduled_at defaults to false. The code is active at once."
              + " 201 with Location; 409 when the tenant already has the code.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_ACTIVITY_CONFIG)
  ResponseEntity<TaskResultTypeResponse> define(
      @Valid @RequestBody DefineTaskResultTypeRequest request, Caller caller) {
    var type =
        new TaskResultTypeDefinition(
            request.code(),
            request.label(),
            Boolean.TRUE.equals(request.requiresFutureScheduledAt()));
    commands.send(new DefineTaskResultTypeCommand(caller.tenantId(), type, clock.instant()));
    return ResponseEntity.created(
            URI.create("/api/activity-config/task-result-types/" + request.code()))
        .body(TaskResultTypeResponse.of(find(caller, request.code())));
  }

  @Operation(
      summary = "Change a result-type code (ours)",
      description =
          "label, requires_future_scheduled_at and is_active; absent or null fields are left as"
              + " they are. A deactivated code is refused on new results (400) and left out of"
              + " GET /api/integration/task-result-type-configs. 404 for an unknown code.")
  @PatchMapping("/{code}")
  @RequiresPermission(Permission.MANAGE_ACTIVITY_CONFIG)
  TaskResultTypeResponse change(
      @PathVariable String code,
      @Valid @RequestBody ChangeTaskResultTypeRequest request,
      Caller caller) {
    commands.send(
        new ChangeTaskResultTypeCommand(
            caller.tenantId(),
            code,
            request.label(),
            request.requiresFutureScheduledAt(),
            request.isActive(),
            clock.instant()));
    return TaskResultTypeResponse.of(find(caller, code));
  }

  private List<TaskResultTypeView> all(Caller caller) {
    return queries
        .query(
            new ListTaskResultTypesQuery(caller.tenantId(), false),
            ResponseTypes.multipleInstancesOf(TaskResultTypeView.class))
        .join();
  }

  private TaskResultTypeView find(Caller caller, String code) {
    return all(caller).stream()
        .filter(type -> type.code().equals(code))
        .findFirst()
        .orElseThrow(() -> RetenException.notFound("Task result type"));
  }
}
