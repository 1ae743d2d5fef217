package com.reten.gateway.operator;

import com.reten.api.operator.OperatorSyncItem;
import com.reten.api.operator.OperatorSyncResult;
import com.reten.api.operator.SyncOperatorsCommand;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Operators")
@RestController
class OperatorSyncController {

  private final Commands commands;
  private final Validator validator;
  private final Clock clock;

  OperatorSyncController(Commands commands, Validator validator, Clock clock) {
    this.commands = commands;
    this.validator = validator;
    this.clock = clock;
  }

  @Operation(
      operationId = "syncOperators",
      summary = "Upsert operators from the tenant's own systems",
      description =
          "items: 1 to 1000 of {external_id, type, name, email, phone, metadata}; external_id and"
              + " type are required, being the key. An item whose (type, external_id) exists"
              + " updates that operator's given fields (metadata merged, isActive untouched);"
              + " otherwise it creates an operator and then needs a name. All or nothing, in one"
              + " transaction: one invalid item is a 400 whose message names it (items[3].email:"
              + " must be a well-formed email address; details list every problem), one"
              + " conflicting email a 409 naming it, and nothing changes. The same key twice in"
              + " one batch is a 400. 201 {created, updated, total}: updated counts the items that"
              + " matched an operator, changed or not. No Location: a sync touches many.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/operators/sync")
  @RequiresPermission(Permission.SYNC_OPERATORS)
  ResponseEntity<Object> sync(@Valid @RequestBody SyncOperatorsRequest request, Caller caller) {
    Optional<ApiError> invalid = SyncItemProblems.of(validator, request.items());
    if (invalid.isPresent()) {
      return ResponseEntity.badRequest()
          .contentType(MediaType.APPLICATION_JSON)
          .body(invalid.get());
    }
    var items =
        request.items().stream()
            .map(
                item ->
                    new OperatorSyncItem(
                        UUID.randomUUID(),
                        item.externalId(),
                        item.type(),
                        item.name(),
                        item.email(),
                        item.phone(),
                        item.metadata()))
            .toList();
    OperatorSyncResult result =
        commands.send(new SyncOperatorsCommand(caller.tenantId(), items, clock.instant()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new OperatorSyncResponse(result.created(), result.updated(), result.total()));
  }
}
