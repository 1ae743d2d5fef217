package com.reten.gateway.commerce;

import com.reten.api.commerce.AddCommerceContactCommand;
import com.reten.api.commerce.DeactivateCommerceContactCommand;
import com.reten.api.commerce.RecordSource;
import com.reten.api.commerce.UpdateCommerceContactCommand;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
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

@Tag(name = "Commerces")
@RestController
@RequestMapping("/api/commerces/{commerceId}/users/{userId}/contacts")
class CommerceContactController {

  private final Commands commands;
  private final CommerceReads reads;
  private final Clock clock;

  CommerceContactController(Commands commands, CommerceReads reads, Clock clock) {
    this.commands = commands;
    this.reads = reads;
    this.clock = clock;
  }

  @Operation(
      summary = "Add a contact to a commerce user",
      description =
          "value must suit contact_type: EMAIL an e-mail address (stored lower-case), PHONE and"
              + " WHATSAPP E.164 like +56912345678. is_primary:true makes it the user's only"
              + " primary contact of that type. source defaults to RETEN.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceContactResponse> add(
      @PathVariable UUID commerceId,
      @PathVariable UUID userId,
      @Valid @RequestBody ContactRequest request,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    UUID id = UUID.randomUUID();
    commands.send(
        new AddCommerceContactCommand(
            caller.tenantId(),
            commerceId,
            userId,
            id,
            request.contactType(),
            request.value(),
            request.source() == null ? RecordSource.RETEN : request.source(),
            request.primary(),
            reads.expectedVersion(ifMatch, caller, commerceId),
            clock.instant()));
    var commerce = reads.commerce(caller, commerceId);
    return CommerceReads.created(
        "/api/commerces/" + commerceId + "/users/" + userId + "/contacts/" + id,
        commerce,
        CommerceContactResponse.of(CommerceReads.contact(commerce, userId, id)));
  }

  @Operation(summary = "One contact (ours)", description = "ETag: the commerce's version.")
  @GetMapping("/{contactId}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceContactResponse> get(
      @PathVariable UUID commerceId,
      @PathVariable UUID userId,
      @PathVariable UUID contactId,
      Caller caller) {
    var commerce = reads.commerce(caller, commerceId);
    return CommerceReads.ok(
        commerce, CommerceContactResponse.of(CommerceReads.contact(commerce, userId, contactId)));
  }

  @Operation(
      summary = "Change a contact (ours)",
      description =
          "Absent fields stay as they are. value must suit the contact's type; the type cannot"
              + " change. is_active false deactivates (and clears primary), true reactivates; an"
              + " inactive contact cannot become primary (400). If-Match: the commerce's ETag.")
  @PatchMapping("/{contactId}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceContactResponse> update(
      @PathVariable UUID commerceId,
      @PathVariable UUID userId,
      @PathVariable UUID contactId,
      @RequestBody UpdateContactRequest request,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    if (request.value() != null) {
      var current = CommerceReads.contact(reads.commerce(caller, commerceId), userId, contactId);
      String problem = current.contactType().problemWith(request.value());
      if (problem != null) {
        throw new InvalidFieldsException(List.of(new ApiError.Detail("value", problem)));
      }
    }
    commands.send(
        new UpdateCommerceContactCommand(
            caller.tenantId(),
            commerceId,
            userId,
            contactId,
            request.value(),
            request.isPrimary(),
            request.isActive(),
            reads.expectedVersion(ifMatch, caller, commerceId),
            clock.instant()));
    var commerce = reads.commerce(caller, commerceId);
    return CommerceReads.ok(
        commerce, CommerceContactResponse.of(CommerceReads.contact(commerce, userId, contactId)));
  }

  @Operation(
      summary = "Remove a contact (ours)",
      description =
          "204. Deactivates it: it stays readable with isActive:false and is no longer primary;"
              + " removing it again is 204 too.")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @DeleteMapping("/{contactId}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<Void> remove(
      @PathVariable UUID commerceId,
      @PathVariable UUID userId,
      @PathVariable UUID contactId,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    commands.send(
        new DeactivateCommerceContactCommand(
            caller.tenantId(),
            commerceId,
            userId,
            contactId,
            reads.expectedVersion(ifMatch, caller, commerceId),
            clock.instant()));
    return ResponseEntity.noContent().build();
  }
}
