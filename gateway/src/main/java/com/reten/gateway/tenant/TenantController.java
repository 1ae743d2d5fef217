package com.reten.gateway.tenant;

import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.api.tenant.FindTenantQuery;
import com.reten.api.tenant.ListTenantsQuery;
import com.reten.api.tenant.RenameTenantCommand;
import com.reten.api.tenant.SetUpTenantCommand;
import com.reten.api.tenant.TenantAdmin;
import com.reten.api.tenant.TenantView;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.PasswordHasher;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.security.RequiresPermission.Scope;
import com.reten.gateway.security.SignedIn;
import com.reten.gateway.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
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

@Tag(name = "Tenants", description = "Platform-level tenant management (no x-tenant-id needed)")
@RestController
@RequestMapping("/api/tenant")
class TenantController {

  private final Commands commands;
  private final QueryGateway queries;
  private final PasswordHasher hasher;
  private final Clock clock;

  TenantController(Commands commands, QueryGateway queries, PasswordHasher hasher, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.hasher = hasher;
    this.clock = clock;
  }

  @Operation(
      summary = "List tenants",
      description = "Tenants visible to the caller: all for SUPER_ADMIN, else their own.")
  @GetMapping
  @RequiresPermission(value = Permission.VIEW_TENANTS, scope = Scope.PLATFORM)
  List<TenantResponse> list(Caller caller) {
    return visibleTenants(caller.superAdmin(), caller);
  }

  @Operation(
      operationId = "listMyTenants",
      summary = "List my tenants",
      description = "The tenants the caller is a member of, oldest first (for SUPER_ADMIN too).")
  @GetMapping("/mine")
  @SignedIn
  List<TenantResponse> mine(Caller caller) {
    return visibleTenants(false, caller);
  }

  @Operation(
      summary = "One tenant (ours)",
      description = "404 for a tenant the caller cannot see, whether or not it exists.")
  @GetMapping("/{id}")
  @RequiresPermission(value = Permission.VIEW_TENANTS, scope = Scope.PLATFORM)
  ResponseEntity<TenantResponse> get(@PathVariable UUID id, Caller caller) {
    if (!caller.superAdmin() && !caller.belongsTo(id)) {
      throw RetenException.notFound("Tenant");
    }
    return versioned(find(id));
  }

  @Operation(
      summary = "Create a tenant with its first ADMIN",
      description =
          "An existing user with admin_email is linked as ADMIN with their password unchanged;"
              + " otherwise a new user is created. 409 when the slug is taken.")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/setup")
  @RequiresPermission(value = Permission.CREATE_TENANT, scope = Scope.PLATFORM)
  ResponseEntity<TenantResponse> setUp(@Valid @RequestBody SetUpTenantRequest request) {
    UUID tenantId = UUID.randomUUID();
    Instant now = clock.instant();
    var admin =
        new TenantAdmin(
            UUID.randomUUID(),
            request.adminEmail(),
            hasher.hash(request.adminPassword()),
            request.adminFirstName(),
            request.adminLastName());
    commands.send(new SetUpTenantCommand(tenantId, request.name(), request.slug(), admin, now));
    return ResponseEntity.created(URI.create("/api/tenant/" + tenantId))
        .body(new TenantResponse(tenantId, request.name(), request.slug(), now, now));
  }

  @Operation(
      summary = "Rename a tenant (ours)",
      description = "Send the ETag of a GET as If-Match to refuse (409) a change made meanwhile.")
  @PatchMapping("/{id}")
  @RequiresPermission(value = Permission.UPDATE_TENANT, scope = Scope.PLATFORM)
  ResponseEntity<TenantResponse> rename(
      @PathVariable UUID id,
      @Valid @RequestBody RenameTenantRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    commands.send(
        new RenameTenantCommand(id, request.name(), Versions.expected(ifMatch), clock.instant()));
    return versioned(find(id));
  }

  private static ResponseEntity<TenantResponse> versioned(TenantView view) {
    return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(TenantResponse.of(view));
  }

  private List<TenantResponse> visibleTenants(boolean all, Caller caller) {
    return queries
        .query(
            new ListTenantsQuery(all, caller.tenantIds()),
            ResponseTypes.multipleInstancesOf(TenantView.class))
        .join()
        .stream()
        .map(TenantResponse::of)
        .toList();
  }

  private TenantView find(UUID id) {
    return queries
        .query(new FindTenantQuery(id), ResponseTypes.optionalInstanceOf(TenantView.class))
        .join()
        .orElseThrow(() -> RetenException.notFound("Tenant"));
  }
}
