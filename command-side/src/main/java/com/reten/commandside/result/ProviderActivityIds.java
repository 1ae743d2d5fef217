package com.reten.commandside.result;

import java.util.Optional;
import java.util.UUID;

/**
 * Which activity a dispatch provider's id names in a tenant, so a result sent with only {@code
 * provider_activity_id} finds its activity without the query side. Fed from every {@code
 * ActivityDispatchedEvent} by {@link ProviderActivityIdRecorder}, in the transaction that stores
 * the event.
 */
public interface ProviderActivityIds {

  /** The activity dispatched under {@code providerActivityId} (the latest, if several were). */
  Optional<UUID> activityOf(UUID tenantId, String providerActivityId);

  /** Notes that {@code activityId} was dispatched under {@code providerActivityId}. */
  void remember(UUID tenantId, String providerActivityId, UUID activityId);
}
