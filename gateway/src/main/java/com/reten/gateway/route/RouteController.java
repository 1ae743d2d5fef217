package com.reten.gateway.route;

import com.reten.api.route.CreateRouteCommand;
import com.reten.api.route.DeactivateRouteCommand;
import com.reten.api.route.ListRoutesQuery;
import com.reten.api.route.RoutePage;
import com.reten.api.route.UpdateRouteCommand;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.PageParams;
import com.reten.gateway.web.PageResponse;
import com.reten.gateway.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Routes",
    description =
        "Routes of the active tenant: operators linked with a role, and commerces in visit order"
            + " (commerceIds, set with PUT /api/routes/{id}/commerces). external_id is unique in the"
            + " tenant (409) and kept by a deactivated route.")
@RestController
@RequestMapping("/api/routes")
class RouteController {

  private final Commands commands;
  private final QueryGateway queries;
  private final RouteReader reader;
  private final Clock clock;

  RouteController(Commands commands, QueryGateway queries, RouteReader reader, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.reader = reader;
    this.clock = clock;
  }

  @Operation(
      summary = "List routes",
      description =
          "Newest first (createdAt, ties by id), paginated, each with its operators and"
              + " commerceIds. search: case-insensitive text contained in the name or the"
              + " external id; is_active: true or false; operator_id: only routes that operator"
              + " is actively linked to. Filters combine with AND.")
  @GetMapping
  @RequiresPermission(Permission.MANAGE_ROUTES)
  PageResponse<RouteResponse> list(
      PageParams params,
      @RequestParam(required = false) @Size(max = 255) String search,
      @RequestParam(name = "is_active", required = false) Boolean isActive,
      @RequestParam(name = "operator_id", required = false) UUID operatorId,
      Caller caller) {
    var query =
        new ListRoutesQuery(
            caller.tenantId(), search, isActive, operatorId, params.page(), params.limit());
    RoutePage page = queries.query(query, ResponseTypes.instanceOf(RoutePage.class)).join();
    return PageResponse.of(
        page.items().stream().map(RouteResponse::of).toList(), page.total(), params);
  }

  @Operation(
      summary = "One route",
      description =
          "With operators[] {operatorId, role, isActive} (first linked first; unlinked ones stay"
              + " listed, inactive) and commerceIds[] in visit order. ETag is the route's version."
              + " 404 also for another tenant's route.")
  @GetMapping("/{id}")
  @RequiresPermission(Permission.MANAGE_ROUTES)
  ResponseEntity<RouteResponse> get(@PathVariable UUID id, Caller caller) {
    return reader.versioned(ResponseEntity.ok(), caller, id);
  }

  @Operation(
      summary = "Create a route",
      description =
          "name is required; external_id, description (up to 2000 characters) and metadata are"
              + " optional. 201 with Location and ETag; 409 when the external_id belongs to another"
              + " route of the tenant.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_ROUTES)
  ResponseEntity<RouteResponse> create(
      @Valid @RequestBody CreateRouteRequest request, Caller caller) {
    UUID id = UUID.randomUUID();
    commands.send(
        new CreateRouteCommand(
            caller.tenantId(),
            id,
            request.name(),
            request.externalId(),
            request.description(),
            request.metadata(),
            clock.instant()));
    return reader.versioned(ResponseEntity.created(URI.create("/api/routes/" + id)), caller, id);
  }

  @Operation(
      summary = "Change a route",
      description =
          "Absent or null fields are left as they are. metadata is merged key by key; a null"
              + " value removes a key. is_active false deactivates, true reactivates. If-Match:"
              + " the ETag of a GET; 409 when the route changed meanwhile.")
  @PatchMapping("/{id}")
  @RequiresPermission(Permission.MANAGE_ROUTES)
  ResponseEntity<RouteResponse> update(
      @PathVariable UUID id,
      @Valid @RequestBody UpdateRouteRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new UpdateRouteCommand(
            caller.tenantId(),
            id,
            request.name(),
            request.description(),
            request.isActive(),
            request.metadata(),
            Versions.expected(ifMatch),
            clock.instant()));
    return reader.versioned(ResponseEntity.ok(), caller, id);
  }

  @Operation(
      summary = "Deactivate a route",
      description =
          "204. The route stays readable with isActive false, keeps its links, and takes no new"
              + " operator links until reactivated. Deactivating again is a 204 that changes"
              + " nothing. Accepts If-Match (409 when stale).")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequiresPermission(Permission.MANAGE_ROUTES)
  void deactivate(
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new DeactivateRouteCommand(
            caller.tenantId(), id, Versions.expected(ifMatch), clock.instant()));
  }
}
