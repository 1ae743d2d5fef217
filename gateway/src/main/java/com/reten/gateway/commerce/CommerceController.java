package com.reten.gateway.commerce;

import com.reten.api.commerce.DeactivateCommerceCommand;
import com.reten.api.commerce.ListCommercesQuery;
import com.reten.api.commerce.RegisterCommerceCommand;
import com.reten.api.commerce.UpdateCommerceCommand;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.PageParams;
import com.reten.gateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Commerces",
    description =
        "Businesses and stores of the tenant, with their addresses and the people there. external_id"
            + " is unique per tenant (exactly as sent); tax_id too when set (ignoring case): 409.")
@RestController
@RequestMapping("/api/commerces")
class CommerceController {

  private final Commands commands;
  private final CommerceReads reads;
  private final Clock clock;

  CommerceController(Commands commands, CommerceReads reads, Clock clock) {
    this.commands = commands;
    this.reads = reads;
    this.clock = clock;
  }

  @Operation(
      summary = "List commerces",
      description =
          "Newest first by createdAt, ties by id. search: case-insensitive part of the name or"
              + " external id; external_id and global_external_id: exact; is_active and"
              + " is_placeholder: true or false. Inactive commerces are listed unless"
              + " is_active=true.")
  @GetMapping
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  PageResponse<CommerceSummaryResponse> list(
      Caller caller,
      PageParams params,
      @RequestParam(name = "search", required = false) @Size(max = 255) String search,
      @RequestParam(name = "external_id", required = false) String externalId,
      @RequestParam(name = "global_external_id", required = false) String globalExternalId,
      @RequestParam(name = "is_active", required = false) Boolean isActive,
      @RequestParam(name = "is_placeholder", required = false) Boolean isPlaceholder) {
    var query =
        new ListCommercesQuery(
            caller.tenantId(),
            search,
            externalId,
            globalExternalId,
            isActive,
            isPlaceholder,
            params.offset(),
            params.limit());
    var page = reads.list(query);
    return PageResponse.of(
        page.items().stream().map(CommerceSummaryResponse::of).toList(), page.total(), params);
  }

  @Operation(
      summary = "One commerce with its addresses and users",
      description =
          "Addresses, users and each user's contacts are in the order they were added, inactive"
              + " ones included (isActive:false). ETag: the commerce's version, which any change to"
              + " it or to anything in it advances.")
  @GetMapping("/{id}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceResponse> get(@PathVariable UUID id, Caller caller) {
    var commerce = reads.commerce(caller, id);
    return CommerceReads.ok(commerce, CommerceResponse.of(commerce));
  }

  @Operation(
      summary = "Create a commerce (ours)",
      description = "409 when external_id, or tax_id, is already used by a commerce of the tenant.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceResponse> create(
      @Valid @RequestBody CreateCommerceRequest request, Caller caller) {
    UUID id = UUID.randomUUID();
    commands.send(
        new RegisterCommerceCommand(
            caller.tenantId(),
            id,
            request.name(),
            request.externalId(),
            request.globalExternalId(),
            request.taxId(),
            Boolean.TRUE.equals(request.isPlaceholder()),
            request.metadata(),
            clock.instant()));
    var commerce = reads.commerce(caller, id);
    return CommerceReads.created("/api/commerces/" + id, commerce, CommerceResponse.of(commerce));
  }

  @Operation(
      summary = "Change a commerce",
      description =
          "Absent fields stay as they are; an empty tax_id or global_external_id removes it."
              + " metadata is merged key by key, a null value removes its key. is_active false"
              + " deactivates, true reactivates. Send a GET's ETag as If-Match to refuse (409) a"
              + " change made meanwhile.")
  @PatchMapping("/{id}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<CommerceResponse> update(
      @PathVariable UUID id,
      @Valid @RequestBody UpdateCommerceRequest request,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    commands.send(
        new UpdateCommerceCommand(
            caller.tenantId(),
            id,
            request.name(),
            request.taxId(),
            request.globalExternalId(),
            request.isActive(),
            request.metadata(),
            reads.expectedVersion(ifMatch, caller, id),
            clock.instant()));
    var commerce = reads.commerce(caller, id);
    return CommerceReads.ok(commerce, CommerceResponse.of(commerce));
  }

  @Operation(
      summary = "Deactivate a commerce (ours)",
      description =
          "204. The commerce stays readable with isActive:false, history kept; deactivating again"
              + " is 204 too. PATCH is_active:true reactivates it.")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @DeleteMapping("/{id}")
  @RequiresPermission(Permission.MANAGE_COMMERCES)
  ResponseEntity<Void> deactivate(
      @PathVariable UUID id,
      Caller caller,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    commands.send(
        new DeactivateCommerceCommand(
            caller.tenantId(), id, reads.expectedVersion(ifMatch, caller, id), clock.instant()));
    return ResponseEntity.noContent().build();
  }
}
