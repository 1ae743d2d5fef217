package com.reten.commandside.activityconfig;

import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.TargetResolutionRule;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Records what the aggregates write, so fixture tests can assert the table follows the events. */
class InMemoryActivitySettingsTable implements ActivitySettingsTable {

  record Target(UUID tenantId, TargetResolutionRule rule, int priority, boolean active) {}

  final Map<UUID, Target> targets = new HashMap<>();
  final Map<String, AttributePolicyRule> policies = new HashMap<>();

  @Override
  public void saveTarget(
      UUID tenantId, UUID configId, TargetResolutionRule rule, int priority, boolean active) {
    targets.put(configId, new Target(tenantId, rule, priority, active));
  }

  @Override
  public void deleteTarget(UUID tenantId, UUID configId) {
    targets.remove(configId);
  }

  @Override
  public void savePolicy(UUID tenantId, AttributePolicyRule policy) {
    policies.put(tenantId + ":" + policy.key(), policy);
  }
}
