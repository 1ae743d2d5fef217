package com.reten.commandside.result;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link ProviderActivityIds} on V16's {@code activity_provider_id} table. */
@Component
class JdbcProviderActivityIds implements ProviderActivityIds {

  private final JdbcTemplate jdbc;

  JdbcProviderActivityIds(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<UUID> activityOf(UUID tenantId, String providerActivityId) {
    return jdbc
        .queryForList(
            "SELECT activity_id FROM activity_provider_id"
                + " WHERE tenant_id = ? AND provider_activity_id = ?",
            UUID.class,
            tenantId,
            providerActivityId)
        .stream()
        .findFirst();
  }

  @Override
  public void remember(UUID tenantId, String providerActivityId, UUID activityId) {
    jdbc.update(
        "INSERT INTO activity_provider_id (tenant_id, provider_activity_id, activity_id)"
            + " VALUES (?, ?, ?) ON CONFLICT (tenant_id, provider_activity_id)"
            + " DO UPDATE SET activity_id = EXCLUDED.activity_id",
        tenantId,
        providerActivityId,
        activityId);
  }
}
