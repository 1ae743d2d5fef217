package com.reten.gateway.dispatch;

import com.reten.api.dispatch.DispatchProviderView;
import com.reten.api.dispatch.FindDispatchProviderQuery;
import com.reten.api.dispatch.ListDispatchProvidersQuery;
import com.reten.api.dispatch.RegisterDispatchProviderCommand;
import com.reten.api.dispatch.UpdateDispatchProviderCommand;
import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.security.RequiresPermission.Scope;
import com.reten.gateway.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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

@Tag(
    name = "Dispatch providers",
    description =
        "The global catalog of providers activities are sent through, the same for every tenant."
            + " Seeded at start: MOCK (accepts everything at once with a random provider id; every"
            + " channel; needs no base URL or credentials) and YOM (POST {baseUrl}/activities with"
            + " x-api-key: credentials.apiKey; SALESMAN and CALLCENTER). Every channel definition"
            + " also understands the settings signingSecret (password) and hookUrl (url). Reading"
            + " needs VIEW_ACTIVITIES in a tenant (x-tenant-id or an API key); adding and changing"
            + " providers is for SUPER_ADMIN only (platform routes, no x-tenant-id).")
@RestController
@RequestMapping("/api/dispatch-providers")
class DispatchProviderController {

  private final Commands commands;
  private final QueryGateway queries;
  private final Clock clock;

  DispatchProviderController(Commands commands, QueryGateway queries, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
  }

  @Operation(
      summary = "List providers",
      description = "Every provider with its channel definitions, by code (not paginated).")
  @GetMapping
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<ProviderResponse> list(Caller caller) {
    return queries
        .query(
            new ListDispatchProvidersQuery(),
            ResponseTypes.multipleInstancesOf(DispatchProviderView.class))
        .join()
        .stream()
        .map(ProviderResponse::of)
        .toList();
  }

  @Operation(summary = "One provider", description = "ETag is its version; 404 when unknown.")
  @GetMapping("/{id}")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  ResponseEntity<ProviderResponse> get(@PathVariable UUID id, Caller caller) {
    return versioned(ResponseEntity.ok(), id);
  }

  @Operation(
      operationId = "listDispatchProviderChannelDefinitions",
      summary = "A provider's channel definitions",
      description =
          "{id, dispatchProviderId, channel, credentialSchema[{key, label, type, required}],"
              + " settingsSchema[...], createdAt, updatedAt} by channel; type is text, password"
              + " (write-only: never returned) or url, as Reten's docs name them (requests may"
              + " still send STRING, SECRET or URL). 404 when the provider is unknown.")
  @GetMapping("/{id}/channel-definitions")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<ChannelDefinitionResponse> channelDefinitions(@PathVariable UUID id, Caller caller) {
    return ChannelDefinitionResponse.of(find(id).channelDefinitions());
  }

  @Operation(
      summary = "Add a provider (SUPER_ADMIN)",
      description =
          "code (^[A-Z][A-Z0-9_]{1,31}$, unique: 409), name, protocol_type (REST, the default and"
              + " only value) and channel_definitions (at least one, a channel once each):"
              + " {channel, credential_schema[{key, label, type, required}], settings_schema[...]}."
              + " A provider other than MOCK is called as POST {baseUrl}/activities; a credential"
              + " named apiKey is sent as the x-api-key header. 201 with Location; active.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(value = Permission.MANAGE_DISPATCH_PROVIDERS, scope = Scope.PLATFORM)
  ResponseEntity<ProviderResponse> create(@Valid @RequestBody CreateProviderRequest request) {
    UUID id = UUID.randomUUID();
    commands.send(
        new RegisterDispatchProviderCommand(
            id,
            request.code(),
            request.name(),
            request.protocolType(),
            ChannelDefinitionRequest.definitions(request.channelDefinitions()),
            clock.instant()));
    return versioned(ResponseEntity.created(URI.create("/api/dispatch-providers/" + id)), id);
  }

  @Operation(
      summary = "Change a provider (SUPER_ADMIN)",
      description =
          "name; is_active (an inactive provider takes no new configs, and its configs' due"
              + " activities fail with DISPATCH_PROVIDER_INACTIVE); channel_definitions are added"
              + " or replaced by channel, the others kept (a channel cannot be removed, since"
              + " configs may use it). Accepts If-Match. 200 with the provider; 404 when unknown.")
  @PatchMapping("/{id}")
  @RequiresPermission(value = Permission.MANAGE_DISPATCH_PROVIDERS, scope = Scope.PLATFORM)
  ResponseEntity<ProviderResponse> update(
      @PathVariable UUID id,
      @Valid @RequestBody UpdateProviderRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    commands.send(
        new UpdateDispatchProviderCommand(
            id,
            request.name(),
            request.isActive(),
            ChannelDefinitionRequest.definitions(request.channelDefinitions()),
            Versions.expected(ifMatch),
            clock.instant()));
    return versioned(ResponseEntity.ok(), id);
  }

  private DispatchProviderView find(UUID id) {
    return queries
        .query(
            new FindDispatchProviderQuery(id),
            ResponseTypes.optionalInstanceOf(DispatchProviderView.class))
        .join()
        .orElseThrow(() -> RetenException.notFound("Dispatch provider"));
  }

  private ResponseEntity<ProviderResponse> versioned(ResponseEntity.BodyBuilder response, UUID id) {
    DispatchProviderView view = find(id);
    return response.eTag(Versions.etag(view.version())).body(ProviderResponse.of(view));
  }
}
