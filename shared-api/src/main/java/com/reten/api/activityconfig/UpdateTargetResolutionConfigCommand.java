package com.reten.api.activityconfig;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a target-resolution config; every {@code null} field is left as it is. An active config
 * may not end up with a priority another active config of the tenant has.
 *
 * @param tenantId the caller's tenant (another tenant's config is not found)
 * @param configId the config
 * @param strategy new resolution strategy, or {@code null}
 * @param fallbackToCommerceRep new value, or {@code null}
 * @param fallbackToOwner new value, or {@code null}
 * @param criteria replaces every criterion (empty: none), or {@code null}
 * @param priority new priority, or {@code null}
 * @param active {@code false} deactivates, {@code true} reactivates, {@code null} leaves it
 * @param expectedVersion the config's version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record UpdateTargetResolutionConfigCommand(
    UUID tenantId,
    UUID configId,
    TargetResolutionStrategy strategy,
    Boolean fallbackToCommerceRep,
    Boolean fallbackToOwner,
    List<TargetCriterion> criteria,
    Integer priority,
    Boolean active,
    Long expectedVersion,
    Instant at) {

  /** The tenant's target-resolution aggregate, derived from the tenant. */
  @TargetAggregateIdentifier
  public UUID configsId() {
    return ActivityConfigIds.targetResolutions(tenantId);
  }
}
