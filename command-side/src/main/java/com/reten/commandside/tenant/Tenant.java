package com.reten.commandside.tenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.tenant.RenameTenantCommand;
import com.reten.api.tenant.TenantCreatedEvent;
import com.reten.api.tenant.TenantRenamedEvent;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A customer organisation: the boundary of every tenant-scoped resource. */
@Aggregate
public class Tenant {

  private static final Pattern SLUG = Pattern.compile("^[a-z0-9-]{3,63}$");

  @AggregateIdentifier private UUID tenantId;
  private String name;

  protected Tenant() {}

  /**
   * Created only by {@link TenantSetupHandler}, which sets up the tenant's administrator in the
   * same unit of work.
   */
  Tenant(UUID tenantId, String name, String slug, Instant at, UniqueClaims claims) {
    if (!SLUG.matcher(slug).matches()) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "slug must match ^[a-z0-9-]{3,63}$");
    }
    if (!claims.claim(ClaimScope.TENANT_SLUG, slug, tenantId)) {
      throw new RetenException(ErrorCode.SLUG_TAKEN, "Slug '" + slug + "' is already taken");
    }
    apply(new TenantCreatedEvent(tenantId, name, slug, at));
  }

  @CommandHandler
  void handle(RenameTenantCommand command) {
    if (command.name().equals(name)) {
      return;
    }
    apply(new TenantRenamedEvent(tenantId, command.name(), command.at()));
  }

  @EventSourcingHandler
  void on(TenantCreatedEvent event) {
    tenantId = event.tenantId();
    name = event.name();
  }

  @EventSourcingHandler
  void on(TenantRenamedEvent event) {
    name = event.name();
  }
}
