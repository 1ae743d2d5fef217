package com.reten.gateway.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.api.audit.EventMetadata;
import com.reten.gateway.web.PageParams;
import com.reten.gateway.web.PageResponse;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the dead-letter table holds, read with SQL: counts for health and metrics, and pages. */
@Component
class DeadLetterReads {

  static final String TABLE = "dead_letter_entry";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;

  DeadLetterReads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Parked letters per processor, only those that hold any; one query. */
  Map<String, Long> counts() {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(
        "SELECT processing_group, count(*) FROM " + TABLE + " GROUP BY processing_group",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  long count(String processor) {
    return countWhere(" WHERE processing_group = ?", processor);
  }

  long count(String processor, String sequence) {
    return countWhere(
        " WHERE processing_group = ? AND sequence_identifier = ?", processor, sequence);
  }

  private long countWhere(String where, Object... arguments) {
    Long count =
        jdbc.queryForObject("SELECT count(*) FROM " + TABLE + where, Long.class, arguments);
    return count == null ? 0 : count;
  }

  /** Distinct sequences of a processor, oldest parked first. */
  List<String> sequences(String processor) {
    return jdbc.queryForList(
        "SELECT sequence_identifier FROM "
            + TABLE
            + " WHERE processing_group = ?"
            + " GROUP BY sequence_identifier ORDER BY min(enqueued_at), sequence_identifier",
        String.class,
        processor);
  }

  /** Letters oldest parked first, each sequence's in order. */
  PageResponse<DeadLetterResponse> page(String processor, PageParams params) {
    List<DeadLetterResponse> letters =
        jdbc.query(
            """
            SELECT d.*, e.global_index
              FROM dead_letter_entry d
              LEFT JOIN domain_event_entry e ON e.event_identifier = d.event_identifier
             WHERE d.processing_group = ?
             ORDER BY d.enqueued_at, d.sequence_identifier, d.sequence_index
             LIMIT ? OFFSET ?
            """,
            (rs, row) -> letter(rs),
            processor,
            params.limit(),
            params.offset());
    return PageResponse.of(letters, count(processor), params);
  }

  private static DeadLetterResponse letter(ResultSet rs) throws SQLException {
    String payloadType = rs.getString("payload_type");
    long position = rs.getLong("global_index");
    long aggregateSequence = rs.getLong("sequence_number");
    boolean noAggregateSequence = rs.wasNull();
    int retries = json(rs.getBytes("diagnostics")).path(DeadLetterRetries.RETRIES).asInt(0);
    return new DeadLetterResponse(
        rs.getString("sequence_identifier"),
        rs.getLong("sequence_index"),
        rs.getString("event_identifier"),
        payloadType.substring(payloadType.lastIndexOf('.') + 1),
        rs.getString("aggregate_type"),
        rs.getString("aggregate_identifier"),
        noAggregateSequence ? null : aggregateSequence,
        position == 0 && rs.wasNull() ? null : position,
        json(rs.getBytes("meta_data")).path(EventMetadata.TENANT_ID).textValue(),
        instant(rs.getString("time_stamp")),
        instant(rs.getString("enqueued_at")),
        retries > 0 ? instant(rs.getString("last_touched")) : null,
        retries,
        rs.getString("cause_message"),
        rs.getString("cause_type"));
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static JsonNode json(byte[] bytes) {
    if (bytes == null) {
      return JSON.missingNode();
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException unreadable) {
      return JSON.missingNode();
    }
  }
}
