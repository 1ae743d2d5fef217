package com.reten.commandside.result;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The provider-id table in memory, for fixtures; the JDBC one runs in gateway tests. */
class InMemoryProviderActivityIds implements ProviderActivityIds {

  private final Map<String, UUID> ids = new ConcurrentHashMap<>();

  @Override
  public Optional<UUID> activityOf(UUID tenantId, String providerActivityId) {
    return Optional.ofNullable(ids.get(tenantId + ":" + providerActivityId));
  }

  @Override
  public void remember(UUID tenantId, String providerActivityId, UUID activityId) {
    ids.put(tenantId + ":" + providerActivityId, activityId);
  }
}
