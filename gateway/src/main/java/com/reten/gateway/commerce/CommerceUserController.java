package com.reten.gateway.commerce;

import com.reten.api.commerce.AddCommerceUserCommand;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.RecordSource;
import com.reten.api.commerce.UpdateCommerceUserCommand;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Commerces")
@RestController
@RequestMapping("/api/commerces/{commerceId}/users")
class CommerceUserController {

  private final Commands commands;
  private final CommerceReads reads;
  private final Clock clock;

  CommerceUserController(Commands commands, CommerceReads reads, Clock clock) {
    this.commands = commands;
    this.reads = reads;
    this.clock = clock;
  }

  @Operation(
      summary = "Add a person to a commerce",
      description =
          "name is required and split on its first space into firstName and lastName. external_id,"
              + " when sent, names one user of the commerce (409). source defaults to RETEN.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceUserResponse> add(
      @PathVariable UUID commerceId,
      @Valid @RequestBody CommerceUserRequest request,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    UUID id = UUID.randomUUID();
    var roles = EnumSet.noneOf(CommerceRole.class);
    if (request.roles() != null) {
      roles.addAll(request.roles());
    }
    commands.send(
        new AddCommerceUserCommand(
            caller.tenantId(),
            commerceId,
            id,
            request.name(),
            request.externalId(),
            request.source() == null ? RecordSource.RETEN : request.source(),
            roles,
            reads.expectedVersion(ifMatch, caller, commerceId),
            clock.instant()));
    return respond(caller, commerceId, id, true);
  }

  @Operation(summary = "One commerce user (ours)", description = "ETag: the commerce's version.")
  @GetMapping("/{userId}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceUserResponse> get(
      @PathVariable UUID commerceId, @PathVariable UUID userId, Caller caller) {
    return respond(caller, commerceId, userId, false);
  }

  @Operation(
      summary = "Change a commerce user",
      description =
          "Absent fields stay as they are; an empty external_id removes it. is_active false"
              + " deactivates, true reactivates. If-Match: the commerce's ETag.")
  @PatchMapping("/{userId}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceUserResponse> update(
      @PathVariable UUID commerceId,
      @PathVariable UUID userId,
      @Valid @RequestBody UpdateCommerceUserRequest request,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    commands.send(
        new UpdateCommerceUserCommand(
            caller.tenantId(),
            commerceId,
            userId,
            request.name(),
            request.externalId(),
            request.isActive(),
            reads.expectedVersion(ifMatch, caller, commerceId),
            clock.instant()));
    return respond(caller, commerceId, userId, false);
  }

  private ResponseEntity<CommerceUserResponse> respond(
      Caller caller, UUID commerceId, UUID userId, boolean created) {
    var commerce = reads.commerce(caller, commerceId);
    var body = CommerceUserResponse.of(CommerceReads.user(commerce, userId));
    return created
        ? CommerceReads.created("/api/commerces/" + commerceId + "/users/" + userId, commerce, body)
        : CommerceReads.ok(commerce, body);
  }
}
