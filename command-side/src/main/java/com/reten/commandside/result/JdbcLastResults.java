package com.reten.commandside.result;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.result.ResultStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link LastResults} on V16's {@code latest_task_result}: one row per (tenant, commerce, channel),
 * a STANDALONE result under channel {@value #NO_CHANNEL}. The upsert keeps the row with the later
 * {@code occurred_at}, so concurrent results of one commerce settle on the latest whatever order
 * they commit in.
 */
@Component
class JdbcLastResults implements LastResults {

  static final String NO_CHANNEL = "NONE";

  private final JdbcTemplate jdbc;

  JdbcLastResults(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<LastResult> latest(UUID tenantId, UUID commerceId, ActivityChannel channel) {
    String sql =
        "SELECT activity_id, result_id, code, status, occurred_at, channel FROM latest_task_result"
            + " WHERE tenant_id = ? AND commerce_id = ?"
            + (channel == null ? "" : " AND channel = ?")
            + " ORDER BY occurred_at DESC, recorded_at DESC LIMIT 1";
    Object[] arguments =
        channel == null
            ? new Object[] {tenantId, commerceId}
            : new Object[] {tenantId, commerceId, channel.name()};
    return jdbc.query(sql, JdbcLastResults::row, arguments).stream().findFirst();
  }

  @Override
  public void record(UUID tenantId, UUID commerceId, LastResult result) {
    jdbc.update(
        "INSERT INTO latest_task_result (tenant_id, commerce_id, channel, activity_id, result_id,"
            + " code, status, occurred_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
            + " clock_timestamp()) ON CONFLICT (tenant_id, commerce_id, channel) DO UPDATE SET"
            + " activity_id = EXCLUDED.activity_id, result_id = EXCLUDED.result_id,"
            + " code = EXCLUDED.code, status = EXCLUDED.status,"
            + " occurred_at = EXCLUDED.occurred_at, recorded_at = EXCLUDED.recorded_at"
            + " WHERE latest_task_result.occurred_at <= EXCLUDED.occurred_at",
        tenantId,
        commerceId,
        result.channel() == null ? NO_CHANNEL : result.channel().name(),
        result.activityId(),
        result.resultId(),
        result.code(),
        result.status().name(),
        result.occurredAt().atOffset(ZoneOffset.UTC));
  }

  private static LastResult row(ResultSet row, int index) throws SQLException {
    String channel = row.getString("channel");
    return new LastResult(
        row.getObject("activity_id", UUID.class),
        row.getObject("result_id", UUID.class),
        row.getString("code"),
        ResultStatus.valueOf(row.getString("status")),
        row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        NO_CHANNEL.equals(channel) ? null : ActivityChannel.valueOf(channel));
  }
}
