package com.reten.queryside.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchSummary;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.ActivityView;
import com.reten.api.result.ActivityResultView;
import com.reten.api.result.ContactDirection;
import com.reten.api.result.ResultSource;
import com.reten.api.result.ResultStatus;
import com.reten.api.result.TaskResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * An activity row, with its latest result, read into an {@link ActivityView} in JDBC: the same view
 * {@link ActivityRow#toView()} makes, without Hibernate's query interpretation and entity
 * hydration, which took ~8 % of the CPU of a create-activity load when the 201 read the activity
 * back (JFR). {@link #SELECT} names every column this mapper reads; callers add the WHERE.
 */
final class ActivityViewRows {

  static final String SELECT =
      """
      SELECT a.id, a.tenant_id, a.type, a.channel, a.status, a.reason, a.user_status, a.score,
             a.assignment_reason, a.scheduled_at, a.suggested_execution_time, a.idempotency_key,
             a.commerce_id, a.commerce_name, a.commerce_external_id, a.route_id, a.operator_id,
             a.created_at, a.updated_at, a.version, a.provider_activity_id,
             a.dispatch_attempt_count,
             r.id AS r_id, r.activity_id AS r_activity_id,
             r.provider_activity_id AS r_provider_activity_id,
             r.commerce_external_id AS r_commerce_external_id, r.occurred_at AS r_occurred_at,
             r.status AS r_status, r.external_status AS r_external_status, r.source AS r_source,
             r.result_code AS r_result_code, r.result_label AS r_result_label,
             r.comment AS r_comment, r.contact_type AS r_contact_type,
             r.operator_external_id AS r_operator_external_id,
             r.future_scheduled_at AS r_future_scheduled_at, r.payload AS r_payload,
             r.raw_payload AS r_raw_payload, r.created_at AS r_created_at
        FROM rm_activity a
        LEFT JOIN rm_activity_result r ON r.id = a.latest_result_id
      """;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private ActivityViewRows() {}

  /** The view of the row {@code rs} is on. */
  static ActivityView view(ResultSet rs, int rowNumber) throws SQLException {
    var details =
        new ActivityDetails(
            named(rs.getString("type"), ActivityType::valueOf),
            named(rs.getString("channel"), ActivityChannel::valueOf),
            rs.getString("reason"),
            rs.getObject("commerce_id", UUID.class),
            rs.getString("idempotency_key"),
            instant(rs, "scheduled_at"),
            rs.getString("suggested_execution_time"),
            rs.getString("user_status"),
            rs.getObject("score", Integer.class),
            rs.getString("assignment_reason"),
            rs.getObject("route_id", UUID.class),
            rs.getObject("operator_id", UUID.class));
    return new ActivityView(
        rs.getObject("id", UUID.class),
        rs.getObject("tenant_id", UUID.class),
        details,
        named(rs.getString("status"), ActivityStatus::valueOf),
        rs.getString("commerce_name"),
        rs.getString("commerce_external_id"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        rs.getLong("version"),
        result(rs),
        new ActivityDispatchSummary(
            rs.getString("provider_activity_id"), rs.getInt("dispatch_attempt_count")));
  }

  private static ActivityResultView result(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("r_id", UUID.class);
    if (id == null) {
      return null;
    }
    return new ActivityResultView(
        id,
        rs.getObject("r_activity_id", UUID.class),
        rs.getString("r_provider_activity_id"),
        rs.getString("r_commerce_external_id"),
        instant(rs, "r_occurred_at"),
        named(rs.getString("r_status"), ResultStatus::valueOf),
        rs.getString("r_external_status"),
        named(rs.getString("r_source"), ResultSource::valueOf),
        new TaskResult(
            rs.getString("r_result_code"),
            rs.getString("r_result_label"),
            rs.getString("r_comment"),
            named(rs.getString("r_contact_type"), ContactDirection::valueOf),
            rs.getString("r_operator_external_id"),
            instant(rs, "r_future_scheduled_at"),
            json(rs.getString("r_payload"))),
        json(rs.getString("r_raw_payload")),
        instant(rs, "r_created_at"));
  }

  private static <E> E named(String name, Function<String, E> valueOf) {
    return name == null ? null : valueOf.apply(name);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static Map<String, Object> json(String text) {
    try {
      return text == null ? null : JSON.readValue(text, OBJECT);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored result payload is not a JSON object", e);
    }
  }
}
