package com.reten.commandside.activityconfig;

import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.TargetResolutionRule;
import java.util.UUID;

/**
 * The writing side of {@link ActivitySettings}: the configuration aggregates call it right after
 * applying their events, in the same unit of work, so the table changes exactly when the events are
 * stored and a rolled-back command leaves no trace in it.
 */
interface ActivitySettingsTable {

  /** Inserts or replaces a target-resolution config; refuses an active priority already taken. */
  void saveTarget(
      UUID tenantId, UUID configId, TargetResolutionRule rule, int priority, boolean active);

  /** Removes a target-resolution config. */
  void deleteTarget(UUID tenantId, UUID configId);

  /** Inserts or replaces the tenant's policy for {@code policy.key()}. */
  void savePolicy(UUID tenantId, AttributePolicyRule policy);
}
