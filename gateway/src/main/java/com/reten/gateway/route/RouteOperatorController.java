package com.reten.gateway.route;

import com.reten.api.route.LinkOperatorToRouteCommand;
import com.reten.api.route.RouteRole;
import com.reten.api.route.UnlinkOperatorFromRouteCommand;
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
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Routes")
@RestController
@RequestMapping("/api/routes/{id}/operators")
class RouteOperatorController {

  private final Commands commands;
  private final RouteReader reader;
  private final Clock clock;

  RouteOperatorController(Commands commands, RouteReader reader, Clock clock) {
    this.commands = commands;
    this.reader = reader;
    this.clock = clock;
  }

  @Operation(
      summary = "Link an operator to a route",
      description =
          "operatorId is required; role is LEAD or MEMBER (default MEMBER). 201 {routeId,"
              + " operatorId, role, isActive: true}, Location of the route, ETag of the route's"
              + " new version. Linking again reactivates an unlinked operator or changes the"
              + " role; with the same role it changes nothing and is still a 201. 404 when the"
              + " route, or the operator, is unknown or another tenant's; 400 when the operator"
              + " or the route is deactivated. Accepts If-Match with the route's ETag.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_ROUTES)
  ResponseEntity<RouteOperatorLinkResponse> link(
      @PathVariable UUID id,
      @Valid @RequestBody LinkOperatorRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    RouteRole role = request.role() == null ? RouteRole.MEMBER : request.role();
    commands.send(
        new LinkOperatorToRouteCommand(
            caller.tenantId(),
            id,
            request.operatorId(),
            role,
            Versions.expected(ifMatch),
            clock.instant()));
    long version = reader.find(caller, id).version();
    return ResponseEntity.created(URI.create("/api/routes/" + id))
        .eTag(Versions.etag(version))
        .body(new RouteOperatorLinkResponse(id, request.operatorId(), role, true));
  }

  @Operation(
      summary = "Unlink an operator from a route",
      description =
          "204. The link is removed, as Reten's docs say: GET no longer lists the operator and"
              + " operator_id filters no longer find the route (linking again restores it; the"
              + " route's history keeps both). Unlinking again is a 204 that"
              + " changes nothing; 404 for an operator never linked. Accepts If-Match.")
  @DeleteMapping("/{operatorId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequiresPermission(Permission.MANAGE_ROUTES)
  void unlink(
      @PathVariable UUID id,
      @PathVariable UUID operatorId,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new UnlinkOperatorFromRouteCommand(
            caller.tenantId(), id, operatorId, Versions.expected(ifMatch), clock.instant()));
  }
}
