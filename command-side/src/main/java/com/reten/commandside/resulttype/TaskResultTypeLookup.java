package com.reten.commandside.resulttype;

import com.reten.api.resulttype.TaskResultTypeDefinition;
import java.util.Optional;
import java.util.UUID;

/**
 * The command side's copy of every tenant's result-type codes, written in the transaction that
 * stores the catalog's event, so validating a result is one index lookup and never locks the
 * tenant's catalog aggregate (which would make every result of a tenant wait for the others).
 */
public interface TaskResultTypeLookup {

  /** The tenant's code, exactly as spelled, if it has one. */
  Optional<TaskResultTypeEntry> find(UUID tenantId, String code);

  /** Adds or replaces the tenant's code. */
  void put(UUID tenantId, TaskResultTypeDefinition type, boolean active);
}
