package com.reten.commandside.resulttype;

import com.reten.api.resulttype.TaskResultTypeDefinition;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link TaskResultTypeLookup} on V16's {@code task_result_type_lookup} table. */
@Component
class JdbcTaskResultTypeLookup implements TaskResultTypeLookup {

  private final JdbcTemplate jdbc;

  JdbcTaskResultTypeLookup(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<TaskResultTypeEntry> find(UUID tenantId, String code) {
    return jdbc
        .query(
            "SELECT code, label, requires_future_scheduled_at, is_active"
                + " FROM task_result_type_lookup WHERE tenant_id = ? AND code = ?",
            (row, index) ->
                new TaskResultTypeEntry(
                    new TaskResultTypeDefinition(
                        row.getString("code"),
                        row.getString("label"),
                        row.getBoolean("requires_future_scheduled_at")),
                    row.getBoolean("is_active")),
            tenantId,
            code)
        .stream()
        .findFirst();
  }

  @Override
  public void put(UUID tenantId, TaskResultTypeDefinition type, boolean active) {
    jdbc.update(
        "INSERT INTO task_result_type_lookup"
            + " (tenant_id, code, label, requires_future_scheduled_at, is_active)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, code) DO UPDATE SET"
            + " label = EXCLUDED.label,"
            + " requires_future_scheduled_at = EXCLUDED.requires_future_scheduled_at,"
            + " is_active = EXCLUDED.is_active",
        tenantId,
        type.code(),
        type.label(),
        type.requiresFutureScheduledAt(),
        active);
  }
}
