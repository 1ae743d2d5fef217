package com.reten.gateway.dispatch;

import com.reten.api.dispatch.CreateDispatchConfigCommand;
import com.reten.api.dispatch.DeleteDispatchConfigCommand;
import com.reten.api.dispatch.DispatchConfigView;
import com.reten.api.dispatch.FindDispatchConfigQuery;
import com.reten.api.dispatch.ListDispatchConfigsQuery;
import com.reten.api.dispatch.UpdateDispatchConfigCommand;
import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
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

@Tag(
    name = "Dispatch configs",
    description =
        "How the active tenant sends activities: one provider per channel. At most one active"
            + " config per channel (409). Credentials, and settings of type password such as"
            + " signingSecret, are write-only: encrypted with AES-256-GCM before they are stored,"
            + " decrypted only to send a request, never returned (responses list their names in"
            + " credentialKeys and secretSettingKeys) and never logged. signingSecret, when set,"
            + " signs every provider request (X-Reten-Signature); hookUrl is where CLIENT_HOOK"
            + " attributes are resolved.")
@RestController
@RequestMapping("/api/dispatch-configs")
class DispatchConfigController {

  private final Commands commands;
  private final QueryGateway queries;
  private final Clock clock;

  DispatchConfigController(Commands commands, QueryGateway queries, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
  }

  @Operation(
      summary = "List dispatch configs",
      description = "The tenant's configs, newest first (not paginated); never a secret.")
  @GetMapping
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<ConfigResponse> list(Caller caller) {
    return queries
        .query(
            new ListDispatchConfigsQuery(caller.tenantId()),
            ResponseTypes.multipleInstancesOf(DispatchConfigView.class))
        .join()
        .stream()
        .map(ConfigResponse::of)
        .toList();
  }

  @Operation(
      summary = "One dispatch config",
      description = "ETag is its version; 404 when unknown, deleted or another tenant's.")
  @GetMapping("/{id}")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  ResponseEntity<ConfigResponse> get(@PathVariable UUID id, Caller caller) {
    return versioned(ResponseEntity.ok(), caller, id);
  }

  @Operation(
      summary = "Create a dispatch config",
      description =
          "dispatch_provider_id (404 when unknown; 400 when inactive) and channel (one the"
              + " provider defines, else 400) are required. base_url: an absolute http(s) URL"
              + " without user or password, required for every provider but MOCK; requests go to"
              + " {base_url}/activities. A base_url whose host is or resolves to a loopback,"
              + " private (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7) or link-local"
              + " (169.254/16, fe80::/10) address is a 400, unless the server's configuration"
              + " allows it (reten.dispatch.allow-loopback, allow-private-networks); a name is"
              + " judged again before each request, which fails as PROVIDER_UNREACHABLE if it"
              + " now resolves there. credentials: an object of strings holding exactly the"
              + " keys of the channel definition's credential_schema (each required one; unknown"
              + " keys are a 400). settings: values for its settings_schema (password fields are"
              + " write-only, url fields absolute http(s) URLs) plus free-form non-secret keys, stored"
              + " and shown as sent: a free-form key named like a secret (password, secret,"
              + " credential, …token, …apiKey, …hash) is a 400."
              + " Schema keys may be sent in snake_case (signing_secret). 201 with Location and"
              + " ETag, active; 409 when an active config exists for the channel.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping
  @RequiresPermission(Permission.MANAGE_ACTIVITY_CONFIG)
  ResponseEntity<ConfigResponse> create(
      @Valid @RequestBody CreateConfigRequest request, Caller caller) {
    UUID id = UUID.randomUUID();
    commands.send(
        new CreateDispatchConfigCommand(
            caller.tenantId(),
            id,
            request.dispatchProviderId(),
            request.channel(),
            request.baseUrl(),
            request.credentials(),
            request.settings(),
            clock.instant()));
    return versioned(ResponseEntity.created(URI.create("/api/dispatch-configs/" + id)), caller, id);
  }

  @Operation(
      summary = "Change a dispatch config",
      description =
          "base_url (checked as on create); credentials (the complete new set, replacing the old one, checked as on"
              + " create); settings (merged key by key, a null value removes a key, e.g."
              + " {\"signingSecret\": null}); is_active (false frees the channel, true takes it"
              + " back: 409 when another config is active for it). Provider and channel cannot"
              + " change. Accepts If-Match (409 when stale). 200 with the config.")
  @PatchMapping("/{id}")
  @RequiresPermission(Permission.MANAGE_ACTIVITY_CONFIG)
  ResponseEntity<ConfigResponse> update(
      @PathVariable UUID id,
      @Valid @RequestBody UpdateConfigRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new UpdateDispatchConfigCommand(
            caller.tenantId(),
            id,
            request.baseUrl(),
            request.credentials(),
            request.settings(),
            request.isActive(),
            Versions.expected(ifMatch),
            clock.instant()));
    return versioned(ResponseEntity.ok(), caller, id);
  }

  @Operation(
      summary = "Delete a dispatch config",
      description =
          "204. It stops dispatching at once and frees its channel; it is no longer listed or"
              + " found (404), its history stays in the event store. READY activities of its"
              + " channel fail with NO_ACTIVE_DISPATCH_CONFIG when due, unless another config"
              + " takes the channel first. Accepts If-Match.")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequiresPermission(Permission.MANAGE_ACTIVITY_CONFIG)
  void delete(
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Caller caller) {
    commands.send(
        new DeleteDispatchConfigCommand(
            caller.tenantId(), id, Versions.expected(ifMatch), clock.instant()));
  }

  private ResponseEntity<ConfigResponse> versioned(
      ResponseEntity.BodyBuilder response, Caller caller, UUID id) {
    DispatchConfigView view =
        queries
            .query(
                new FindDispatchConfigQuery(caller.tenantId(), id),
                ResponseTypes.optionalInstanceOf(DispatchConfigView.class))
            .join()
            .orElseThrow(() -> RetenException.notFound("Dispatch config"));
    return response.eTag(Versions.etag(view.version())).body(ConfigResponse.of(view));
  }
}
