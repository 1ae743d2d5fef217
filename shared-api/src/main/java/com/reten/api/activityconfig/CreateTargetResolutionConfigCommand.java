package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds an active target-resolution config to the tenant. No other active config of the tenant may
 * have the same priority.
 *
 * @param tenantId the tenant
 * @param configId id of the new config
 * @param rule what resolution follows while this config is the tenant's first active one
 * @param priority lower wins; unique among the tenant's active configs
 * @param at business time of the request
 */
public record CreateTargetResolutionConfigCommand(
    UUID tenantId, UUID configId, TargetResolutionRule rule, int priority, Instant at) {

  /** The tenant's target-resolution aggregate, derived from the tenant. */
  @TargetAggregateIdentifier
  public UUID configsId() {
    return ActivityConfigIds.targetResolutions(tenantId);
  }
}
