package com.reten.gateway.commerce;

import com.reten.api.commerce.AddCommerceAddressCommand;
import com.reten.api.commerce.DeactivateCommerceAddressCommand;
import com.reten.api.commerce.UpdateCommerceAddressCommand;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
@RequestMapping("/api/commerces/{commerceId}/addresses")
class CommerceAddressController {

  private final Commands commands;
  private final CommerceReads reads;
  private final Clock clock;

  CommerceAddressController(Commands commands, CommerceReads reads, Clock clock) {
    this.commands = commands;
    this.reads = reads;
    this.clock = clock;
  }

  @Operation(
      summary = "Add an address",
      description =
          "source (RETEN or INTEGRATION) is required. is_primary:true makes it the commerce's"
              + " only primary address (the previous one stops being primary).")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceAddressResponse> add(
      @PathVariable UUID commerceId,
      @Validated({Default.class, OnCreate.class}) @RequestBody AddressRequest request,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    UUID id = UUID.randomUUID();
    commands.send(
        new AddCommerceAddressCommand(
            caller.tenantId(),
            commerceId,
            id,
            request.source(),
            request.sourceRef(),
            request.details(),
            request.primary(),
            reads.expectedVersion(ifMatch, caller, commerceId),
            clock.instant()));
    var commerce = reads.commerce(caller, commerceId);
    return CommerceReads.created(
        "/api/commerces/" + commerceId + "/addresses/" + id,
        commerce,
        CommerceAddressResponse.of(CommerceReads.address(commerce, id)));
  }

  @Operation(summary = "One address (ours)", description = "ETag: the commerce's version.")
  @GetMapping("/{addressId}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceAddressResponse> get(
      @PathVariable UUID commerceId, @PathVariable UUID addressId, Caller caller) {
    var commerce = reads.commerce(caller, commerceId);
    return CommerceReads.ok(
        commerce, CommerceAddressResponse.of(CommerceReads.address(commerce, addressId)));
  }

  @Operation(
      summary = "Change an address",
      description =
          "Absent fields stay as they are. source and source_ref cannot be changed: sending either"
              + " is a 400. is_primary:true makes it the only primary address; an inactive address"
              + " cannot become primary (400). If-Match: the commerce's ETag.")
  @PatchMapping("/{addressId}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceAddressResponse> update(
      @PathVariable UUID commerceId,
      @PathVariable UUID addressId,
      @Validated({Default.class, OnUpdate.class}) @RequestBody AddressRequest request,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    commands.send(
        new UpdateCommerceAddressCommand(
            caller.tenantId(),
            commerceId,
            addressId,
            request.details(),
            request.isPrimary(),
            reads.expectedVersion(ifMatch, caller, commerceId),
            clock.instant()));
    var commerce = reads.commerce(caller, commerceId);
    return CommerceReads.ok(
        commerce, CommerceAddressResponse.of(CommerceReads.address(commerce, addressId)));
  }

  @Operation(
      summary = "Remove an address (ours)",
      description =
          "204. Deactivates it: it stays in the commerce with isActive:false and is no longer"
              + " primary; removing it again is 204 too.")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @DeleteMapping("/{addressId}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<Void> remove(
      @PathVariable UUID commerceId,
      @PathVariable UUID addressId,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    commands.send(
        new DeactivateCommerceAddressCommand(
            caller.tenantId(),
            commerceId,
            addressId,
            reads.expectedVersion(ifMatch, caller, commerceId),
            clock.instant()));
    return ResponseEntity.noContent().build();
  }
}
