package com.reten.gateway.route;

import com.reten.api.route.SetRouteCommercesCommand;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Routes")
@RestController
class RouteCommercesController {

  private final Commands commands;
  private final RouteReader reader;
  private final Clock clock;

  RouteCommercesController(Commands commands, RouteReader reader, Clock clock) {
    this.commands = commands;
    this.reader = reader;
    this.clock = clock;
  }

  @Operation(
      summary = "Set the commerces a route visits, in order (ours)",
      description =
          "Replaces commerceIds. Each must be an active commerce of the tenant: an unknown or other"
              + " tenant's commerce is 404, a deactivated one 400, a repeated one 400; a"
              + " deactivated route is 400. Sending the current list changes nothing (same ETag)."
              + " Accepts If-Match.")
  @PutMapping("/api/routes/{id}/commerces")
  @RequiresPermission(Permission.MANAGE_ROUTES)
  ResponseEntity<RouteResponse> set(
      @PathVariable UUID id,
      @Valid @RequestBody SetRouteCommercesRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new SetRouteCommercesCommand(
            caller.tenantId(),
            id,
            request.commerceIds(),
            Versions.expected(ifMatch),
            clock.instant()));
    return reader.versioned(ResponseEntity.ok(), caller, id);
  }
}
