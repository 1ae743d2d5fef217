package com.reten.gateway.commerce;

import com.reten.api.commerce.AddCommerceUserRoleCommand;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.RemoveCommerceUserRoleCommand;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

@Tag(name = "Commerces")
@RestController
@RequestMapping("/api/commerces/{commerceId}/users/{userId}/roles")
class CommerceUserRoleController {

  private final Commands commands;
  private final CommerceReads reads;
  private final Clock clock;

  CommerceUserRoleController(Commands commands, CommerceReads reads, Clock clock) {
    this.commands = commands;
    this.reads = reads;
    this.clock = clock;
  }

  @Operation(
      operationId = "addCommerceUserRole",
      summary = "Give a commerce user a role",
      description = "201 with the user; giving a role the user already holds is 201 too.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceUserResponse> addRole(
      @PathVariable UUID commerceId,
      @PathVariable UUID userId,
      @Valid @RequestBody RoleRequest request,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    commands.send(
        new AddCommerceUserRoleCommand(
            caller.tenantId(),
            commerceId,
            userId,
            request.role(),
            reads.expectedVersion(ifMatch, caller, commerceId),
            clock.instant()));
    var commerce = reads.commerce(caller, commerceId);
    return CommerceReads.created(
        "/api/commerces/" + commerceId + "/users/" + userId + "/roles/" + request.role(),
        commerce,
        CommerceUserResponse.of(CommerceReads.user(commerce, userId)));
  }

  @Operation(
      operationId = "removeCommerceUserRole",
      summary = "Take a role from a commerce user",
      description = "204, also when the user did not hold it.")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @DeleteMapping("/{role}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<Void> removeRole(
      @PathVariable UUID commerceId,
      @PathVariable UUID userId,
      @PathVariable CommerceRole role,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    commands.send(
        new RemoveCommerceUserRoleCommand(
            caller.tenantId(),
            commerceId,
            userId,
            role,
            reads.expectedVersion(ifMatch, caller, commerceId),
            clock.instant()));
    return ResponseEntity.noContent().build();
  }
}
