package com.reten.commandside.activityconfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.api.activityconfig.TargetResolutionRule;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ActivitySettings} on the command side's own tables (migration V12). Each read is one
 * indexed query and takes no lock: activity creation calls it for every activity, and loading the
 * configuration aggregates instead would lock them for the creation's unit of work, serializing
 * every creation of the tenant.
 */
@Component
class JdbcActivitySettings implements ActivitySettings, ActivitySettingsTable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;

  JdbcActivitySettings(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public TargetResolutionRule targetResolution(UUID tenantId) {
    return jdbc
        .queryForList(
            "SELECT rule::text FROM activity_target_resolution_setting"
                + " WHERE tenant_id = ? AND active ORDER BY priority LIMIT 1",
            String.class,
            tenantId)
        .stream()
        .findFirst()
        .map(JdbcActivitySettings::parse)
        .orElse(TargetResolutionRule.DEFAULT);
  }

  @Override
  public AttributePolicyRule attributePolicy(UUID tenantId, String key) {
    return jdbc
        .query(
            "SELECT strategy, resolver_type FROM activity_attribute_policy_setting"
                + " WHERE tenant_id = ? AND attribute_key = ?",
            (row, index) ->
                new AttributePolicyRule(
                    key,
                    AttributeStrategy.valueOf(row.getString(1)),
                    AttributeResolverType.valueOf(row.getString(2))),
            tenantId,
            key)
        .stream()
        .findFirst()
        .orElseGet(() -> AttributePolicyRule.defaultFor(key));
  }

  @Override
  public void saveTarget(
      UUID tenantId, UUID configId, TargetResolutionRule rule, int priority, boolean active) {
    try {
      jdbc.update(
          "INSERT INTO activity_target_resolution_setting"
              + " (config_id, tenant_id, priority, active, rule) VALUES (?, ?, ?, ?, ?::jsonb)"
              + " ON CONFLICT (config_id) DO UPDATE SET priority = excluded.priority,"
              + " active = excluded.active, rule = excluded.rule",
          configId,
          tenantId,
          priority,
          active,
          write(rule));
    } catch (DuplicateKeyException e) {
      // Only a concurrent change on another node, deciding on the same stale state, gets here.
      throw TargetResolutionRules.priorityTaken(priority);
    }
  }

  @Override
  public void deleteTarget(UUID tenantId, UUID configId) {
    jdbc.update(
        "DELETE FROM activity_target_resolution_setting WHERE tenant_id = ? AND config_id = ?",
        tenantId,
        configId);
  }

  @Override
  public void savePolicy(UUID tenantId, AttributePolicyRule policy) {
    jdbc.update(
        "INSERT INTO activity_attribute_policy_setting"
            + " (tenant_id, attribute_key, strategy, resolver_type) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (tenant_id, attribute_key) DO UPDATE SET"
            + " strategy = excluded.strategy, resolver_type = excluded.resolver_type",
        tenantId,
        policy.key(),
        policy.strategy().name(),
        policy.resolverType().name());
  }

  private static String write(TargetResolutionRule rule) {
    try {
      return JSON.writeValueAsString(rule);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a target-resolution rule as JSON", e);
    }
  }

  private static TargetResolutionRule parse(String json) {
    try {
      return JSON.readValue(json, TargetResolutionRule.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored target-resolution rule is unreadable", e);
    }
  }
}
