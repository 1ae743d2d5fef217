package com.reten.commandside.resulttype;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.resulttype.ChangeTaskResultTypeCommand;
import com.reten.api.resulttype.DefineTaskResultTypeCommand;
import com.reten.api.resulttype.TaskResultTypeChangedEvent;
import com.reten.api.resulttype.TaskResultTypeDefinedEvent;
import com.reten.api.resulttype.TaskResultTypeDefinition;
import com.reten.api.resulttype.TaskResultTypes;
import com.reten.api.resulttype.TaskResultTypesSeededEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tenant's result-type codes. One aggregate per tenant makes "a code is unique in the tenant" an
 * invariant checked in one place, in order; each change also updates {@link TaskResultTypeLookup}
 * in the same transaction. Changed through {@link TaskResultTypeCatalogs}, which derives the id.
 */
@Aggregate
public class TaskResultTypeCatalog {

  @AggregateIdentifier private UUID catalogId;
  private UUID tenantId;
  private final Map<String, TaskResultTypeEntry> types = new HashMap<>();

  protected TaskResultTypeCatalog() {}

  /**
   * Gives a catalog that has no events yet (made by {@code Repository.loadOrCreate}) the default
   * codes, all active; a seeded catalog is left as it is.
   */
  void seedIfNew(UUID tenant, Instant at, TaskResultTypeLookup lookup) {
    if (catalogId != null) {
      return;
    }
    UUID id = TaskResultTypes.catalogId(tenant);
    apply(new TaskResultTypesSeededEvent(tenant, id, TaskResultTypes.DEFAULTS, at));
    TaskResultTypes.DEFAULTS.forEach(type -> lookup.put(tenant, type, true));
  }

  void define(DefineTaskResultTypeCommand command, TaskResultTypeLookup lookup) {
    requireIn(command.tenantId());
    TaskResultTypeDefinition type = command.type();
    requireValid(type);
    if (types.containsKey(type.code())) {
      throw new RetenException(
          ErrorCode.TASK_RESULT_TYPE_TAKEN,
          "Task result type '" + type.code() + "' already exists in this tenant");
    }
    apply(new TaskResultTypeDefinedEvent(tenantId, catalogId, type, command.at()));
    lookup.put(tenantId, type, true);
  }

  void change(ChangeTaskResultTypeCommand command, TaskResultTypeLookup lookup) {
    requireIn(command.tenantId());
    TaskResultTypeEntry current = types.get(command.code());
    if (current == null) {
      throw RetenException.notFound("Task result type");
    }
    var type =
        new TaskResultTypeDefinition(
            current.type().code(),
            Objects.requireNonNullElse(command.label(), current.type().label()),
            Objects.requireNonNullElse(
                command.requiresFutureScheduledAt(), current.type().requiresFutureScheduledAt()));
    boolean active = Objects.requireNonNullElse(command.active(), current.active());
    requireValid(type);
    if (type.equals(current.type()) && active == current.active()) {
      return;
    }
    apply(new TaskResultTypeChangedEvent(tenantId, catalogId, type, active, command.at()));
    lookup.put(tenantId, type, active);
  }

  private void requireIn(UUID commandTenant) {
    if (!tenantId.equals(commandTenant)) {
      throw RetenException.notFound("Task result type");
    }
  }

  private static void requireValid(TaskResultTypeDefinition type) {
    if (type.code() == null || !TaskResultTypes.CODE.matcher(type.code()).matches()) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED, "code: must match ^[A-Za-z0-9_]{1,64}$");
    }
    if (type.label() == null || type.label().isBlank() || type.label().length() > 255) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED, "label: must be between 1 and 255 characters");
    }
  }

  @EventSourcingHandler
  void on(TaskResultTypesSeededEvent event) {
    catalogId = event.catalogId();
    tenantId = event.tenantId();
    event.types().forEach(type -> types.put(type.code(), new TaskResultTypeEntry(type, true)));
  }

  @EventSourcingHandler
  void on(TaskResultTypeDefinedEvent event) {
    types.put(event.type().code(), new TaskResultTypeEntry(event.type(), true));
  }

  @EventSourcingHandler
  void on(TaskResultTypeChangedEvent event) {
    types.put(event.type().code(), new TaskResultTypeEntry(event.type(), event.active()));
  }
}
