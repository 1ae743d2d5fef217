package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Deletes a target-resolution config: it is no longer listed nor used; its events stay.
 *
 * @param tenantId the caller's tenant (another tenant's config is not found)
 * @param configId the config
 * @param expectedVersion the config's version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record DeleteTargetResolutionConfigCommand(
    UUID tenantId, UUID configId, Long expectedVersion, Instant at) {

  /** The tenant's target-resolution aggregate, derived from the tenant. */
  @TargetAggregateIdentifier
  public UUID configsId() {
    return ActivityConfigIds.targetResolutions(tenantId);
  }
}
