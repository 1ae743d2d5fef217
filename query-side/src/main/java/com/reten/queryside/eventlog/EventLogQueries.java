package com.reten.queryside.eventlog;

import com.reten.api.eventlog.EventLogEntry;
import com.reten.api.eventlog.ListEventsQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one stream of {@code rm_event_log} from a position on, by index (tenant, position). */
@Component
class EventLogQueries {

  private final JdbcTemplate jdbc;

  EventLogQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @QueryHandler
  List<EventLogEntry> handle(ListEventsQuery query) {
    var sql =
        new StringBuilder(
            "SELECT position, aggregate_type, aggregate_id, sequence, event_type, revision,"
                + " occurred_at, actor_type, actor_id, correlation_id, payload FROM rm_event_log"
                + " WHERE ");
    List<Object> args = new ArrayList<>();
    if (query.platform()) {
      sql.append("tenant_id IS NULL");
    } else {
      sql.append("tenant_id = ?");
      args.add(query.tenantId());
    }
    sql.append(" AND position > ?");
    args.add(query.afterPosition());
    if (!query.types().isEmpty()) {
      sql.append(" AND event_type = ANY (?)");
      args.add(query.types().toArray(String[]::new));
    }
    if (query.aggregateId() != null) {
      sql.append(" AND aggregate_id = ?");
      args.add(query.aggregateId());
    }
    sql.append(" ORDER BY position LIMIT ?");
    args.add(query.limit());
    return jdbc.query(sql.toString(), EventLogQueries::entry, args.toArray());
  }

  private static EventLogEntry entry(ResultSet row, int index) throws SQLException {
    return new EventLogEntry(
        row.getLong("position"),
        row.getString("aggregate_type"),
        row.getString("aggregate_id"),
        row.getObject("sequence", Long.class),
        row.getString("event_type"),
        row.getString("revision"),
        row.getTimestamp("occurred_at").toInstant(),
        row.getString("actor_type"),
        row.getString("actor_id"),
        row.getString("correlation_id"),
        row.getString("payload"));
  }
}
