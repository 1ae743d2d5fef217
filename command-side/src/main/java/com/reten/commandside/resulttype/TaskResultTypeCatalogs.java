package com.reten.commandside.resulttype;

import com.reten.api.resulttype.ChangeTaskResultTypeCommand;
import com.reten.api.resulttype.DefineTaskResultTypeCommand;
import com.reten.api.resulttype.SeedTaskResultTypesCommand;
import com.reten.api.resulttype.TaskResultTypes;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Every tenant's way to its result-type catalog. A catalog is seeded when its tenant is set up; one
 * that is still missing — a tenant set up before result types existed — is seeded the first time
 * anything needs it, in that command's transaction, besides {@link TaskResultTypeBackfill} seeding
 * every such tenant once.
 */
@Component
public class TaskResultTypeCatalogs {

  private final Repository<TaskResultTypeCatalog> catalogs;
  private final TaskResultTypeLookup lookup;

  public TaskResultTypeCatalogs(
      Repository<TaskResultTypeCatalog> catalogs, TaskResultTypeLookup lookup) {
    this.catalogs = catalogs;
    this.lookup = lookup;
  }

  /** Seeds the tenant's catalog with the default codes unless it has one. */
  public void seed(UUID tenantId, Instant at) throws Exception {
    catalogOf(tenantId, at);
  }

  /** The tenant's code, exactly as spelled, seeding a missing catalog first. */
  public Optional<TaskResultTypeEntry> find(UUID tenantId, String code, Instant at)
      throws Exception {
    Optional<TaskResultTypeEntry> entry = lookup.find(tenantId, code);
    if (entry.isPresent()) {
      return entry;
    }
    seed(tenantId, at);
    return lookup.find(tenantId, code);
  }

  @CommandHandler
  void handle(SeedTaskResultTypesCommand command) throws Exception {
    seed(command.tenantId(), command.at());
  }

  @CommandHandler
  void handle(DefineTaskResultTypeCommand command) throws Exception {
    catalogOf(command.tenantId(), command.at()).execute(catalog -> catalog.define(command, lookup));
  }

  @CommandHandler
  void handle(ChangeTaskResultTypeCommand command) throws Exception {
    catalogOf(command.tenantId(), command.at()).execute(catalog -> catalog.change(command, lookup));
  }

  /**
   * The tenant's catalog, seeded first when it has none. {@code loadOrCreate} rather than {@code
   * load}: a missing catalog is expected here, not worth the warning {@code load} logs.
   */
  private Aggregate<TaskResultTypeCatalog> catalogOf(UUID tenantId, Instant at) throws Exception {
    Aggregate<TaskResultTypeCatalog> catalog =
        catalogs.loadOrCreate(
            TaskResultTypes.catalogId(tenantId).toString(), TaskResultTypeCatalog::new);
    catalog.execute(existing -> existing.seedIfNew(tenantId, at, lookup));
    return catalog;
  }
}
