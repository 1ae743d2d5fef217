package com.reten.gateway.operator;

import com.reten.api.operator.CreateOperatorCommand;
import com.reten.api.operator.DeactivateOperatorCommand;
import com.reten.api.operator.ListOperatorsQuery;
import com.reten.api.operator.OperatorPage;
import com.reten.api.operator.UpdateOperatorCommand;
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
    name = "Operators",
    description =
        "Field operators of the active tenant. name is split on its first space into firstName and"
            + " lastName (null for a one-word name). email is stored lower-cased and, like"
            + " (type, external_id), unique in the tenant: 409 otherwise. A deactivated operator"
            + " keeps both, so they cannot be reused; reactivate it with is_active: true.")
@RestController
@RequestMapping("/api/operators")
class OperatorController {

  private final Commands commands;
  private final QueryGateway queries;
  private final OperatorReader reader;
  private final Clock clock;

  OperatorController(Commands commands, QueryGateway queries, OperatorReader reader, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.reader = reader;
    this.clock = clock;
  }

  @Operation(
      summary = "List operators",
      description =
          "Newest first (createdAt, ties by id), paginated. search: case-insensitive text contained"
              + " in the name or the email; type: SALESMAN, ACTIVATOR or CALLCENTER (any case);"
              + " is_active: true or false. Filters combine with AND.")
  @GetMapping
  @RequiresPermission(Permission.MANAGE_OPERATORS)
  PageResponse<OperatorResponse> list(
      PageParams params,
      @RequestParam(required = false) @Size(max = 255) String search,
      @RequestParam(required = false) String type,
      @RequestParam(name = "is_active", required = false) Boolean isActive,
      Caller caller) {
    var query =
        new ListOperatorsQuery(
            caller.tenantId(),
            search,
            OperatorReader.type(type),
            isActive,
            params.page(),
            params.limit());
    OperatorPage page = queries.query(query, ResponseTypes.instanceOf(OperatorPage.class)).join();
    return PageResponse.of(
        page.items().stream().map(OperatorResponse::of).toList(), page.total(), params);
  }

  @Operation(
      summary = "One operator",
      description = "ETag is the operator's version; 404 also for another tenant's operator.")
  @GetMapping("/{id}")
  @RequiresPermission(Permission.MANAGE_OPERATORS)
  ResponseEntity<OperatorResponse> get(@PathVariable UUID id, Caller caller) {
    return reader.versioned(ResponseEntity.ok(), caller, id);
  }

  @Operation(
      summary = "Create an operator",
      description =
          "type and name are required; phone is E.164 (+56912345678); metadata is free-form"
              + " (null values dropped). 201 with Location and ETag. 409 when the email (any case)"
              + " or the (type, external_id) pair belongs to another operator of the tenant.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_OPERATORS)
  ResponseEntity<OperatorResponse> create(
      @Valid @RequestBody CreateOperatorRequest request, Caller caller) {
    UUID id = UUID.randomUUID();
    commands.send(
        new CreateOperatorCommand(
            caller.tenantId(),
            id,
            request.type(),
            request.name(),
            request.email(),
            request.phone(),
            request.externalId(),
            Boolean.TRUE.equals(request.isPlaceholder()),
            request.metadata(),
            clock.instant()));
    return reader.versioned(ResponseEntity.created(URI.create("/api/operators/" + id)), caller, id);
  }

  @Operation(
      summary = "Change an operator",
      description =
          "Absent or null fields are left as they are (email and phone cannot be removed, only"
              + " replaced). metadata is merged key by key; a null value removes a key. is_active"
              + " false deactivates, true reactivates. If-Match: the ETag of a GET; 409 when the"
              + " operator changed meanwhile, or when the new email belongs to another operator.")
  @PatchMapping("/{id}")
  @RequiresPermission(Permission.MANAGE_OPERATORS)
  ResponseEntity<OperatorResponse> update(
      @PathVariable UUID id,
      @Valid @RequestBody UpdateOperatorRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new UpdateOperatorCommand(
            caller.tenantId(),
            id,
            request.name(),
            request.email(),
            request.phone(),
            request.isActive(),
            request.metadata(),
            Versions.expected(ifMatch),
            clock.instant()));
    return reader.versioned(ResponseEntity.ok(), caller, id);
  }

  @Operation(
      summary = "Deactivate an operator",
      description =
          "204. The operator stays readable with isActive false and can no longer be linked to"
              + " routes; its existing route links are kept. Deactivating again is a 204 that"
              + " changes nothing. Accepts If-Match (409 when stale).")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequiresPermission(Permission.MANAGE_OPERATORS)
  void deactivate(
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new DeactivateOperatorCommand(
            caller.tenantId(), id, Versions.expected(ifMatch), clock.instant()));
  }
}
