package com.reten.gateway.apikey;

import com.reten.api.apikey.ApiKeyView;
import com.reten.api.apikey.CreateApiKeyCommand;
import com.reten.api.apikey.FindApiKeyQuery;
import com.reten.api.apikey.ListApiKeysQuery;
import com.reten.api.apikey.RevokeApiKeyCommand;
import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "API keys", description = "Credentials for integrations (x-api-key)")
@RestController
@RequestMapping("/api/api-keys")
class ApiKeyController {

  private final Commands commands;
  private final QueryGateway queries;
  private final Clock clock;

  ApiKeyController(Commands commands, QueryGateway queries, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
  }

  @Operation(
      summary = "Issue an API key",
      description =
          "The plaintext key is in this response only (plaintextKey, and key). permissions must be"
              + " held by the caller (400 otherwise); lowercase names are accepted. A key works"
              + " only in the caller's active tenant, only on tenant routes, and only while its"
              + " creator still holds each permission.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_API_KEYS)
  ResponseEntity<CreatedApiKeyResponse> create(
      @Valid @RequestBody CreateApiKeyRequest request, Caller caller) {
    UUID id = UUID.randomUUID();
    ApiKeyMaterial material = ApiKeyMaterial.generate();
    commands.send(
        new CreateApiKeyCommand(
            caller.tenantId(),
            id,
            caller.userId(),
            request.name(),
            material.prefix(),
            material.hash(),
            EnumSet.copyOf(request.permissions()),
            caller.permissions(),
            request.expiresAt(),
            clock.instant()));
    var body = new CreatedApiKeyResponse(respond(find(caller, id)), material.plaintext());
    return ResponseEntity.created(URI.create("/api/api-keys/" + id)).body(body);
  }

  @Operation(
      summary = "List my API keys",
      description =
          "The caller's keys in the active tenant, newest first; never the key itself, which is shown once at creation.")
  @GetMapping
  @RequiresPermission(Permission.MANAGE_API_KEYS)
  List<ApiKeyResponse> list(Caller caller) {
    return queries
        .query(
            new ListApiKeysQuery(caller.tenantId(), caller.userId()),
            ResponseTypes.multipleInstancesOf(ApiKeyView.class))
        .join()
        .stream()
        .map(this::respond)
        .toList();
  }

  @Operation(
      summary = "One API key",
      description = "One of the caller's keys in the active tenant (ours); 404 for any other key.")
  @GetMapping("/{id}")
  @RequiresPermission(Permission.MANAGE_API_KEYS)
  ApiKeyResponse get(@PathVariable UUID id, Caller caller) {
    ApiKeyView key = find(caller, id);
    if (!key.userId().equals(caller.userId())) {
      throw RetenException.notFound("API key");
    }
    return respond(key);
  }

  @Operation(
      summary = "Revoke a key",
      description = "400 when already revoked, 403 when not the caller's, 404 when unknown.")
  @PostMapping("/{id}/revoke")
  @RequiresPermission(Permission.MANAGE_API_KEYS)
  Map<String, String> revoke(@PathVariable UUID id, Caller caller) {
    commands.send(new RevokeApiKeyCommand(caller.tenantId(), id, caller.userId(), clock.instant()));
    return Map.of("message", "API key revoked successfully");
  }

  private ApiKeyView find(Caller caller, UUID id) {
    return queries
        .query(
            new FindApiKeyQuery(caller.tenantId(), id),
            ResponseTypes.optionalInstanceOf(ApiKeyView.class))
        .join()
        .orElseThrow(() -> RetenException.notFound("API key"));
  }

  private ApiKeyResponse respond(ApiKeyView view) {
    Instant now = clock.instant();
    return ApiKeyResponse.of(view, now);
  }
}
