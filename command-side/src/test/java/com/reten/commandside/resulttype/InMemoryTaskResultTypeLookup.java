package com.reten.commandside.resulttype;

import com.reten.api.resulttype.TaskResultTypeDefinition;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The lookup table's semantics in memory, for fixtures; the JDBC one runs in gateway tests. */
public class InMemoryTaskResultTypeLookup implements TaskResultTypeLookup {

  private final Map<String, TaskResultTypeEntry> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<TaskResultTypeEntry> find(UUID tenantId, String code) {
    return Optional.ofNullable(entries.get(tenantId + ":" + code));
  }

  @Override
  public void put(UUID tenantId, TaskResultTypeDefinition type, boolean active) {
    entries.put(tenantId + ":" + type.code(), new TaskResultTypeEntry(type, active));
  }
}
