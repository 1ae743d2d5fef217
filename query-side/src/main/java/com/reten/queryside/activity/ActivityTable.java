package com.reten.queryside.activity;

import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Every write of the {@code activities} group to {@code rm_activity} and {@code
 * rm_activity_status_event}, in plain SQL. These handlers run inline, in the transaction of the
 * command that raised the events, so their cost is the create's own: through JPA, persisting the
 * row, finding it again per later event and Hibernate's flush at commit (an insert, then an update
 * of the same row) were ~17 % of a create's CPU (JFR, 2026-12-07). Reads stay on {@link
 * ActivityRow}; no JPA entity of these tables is ever loaded in a writing transaction, so none can
 * go stale. Unqualified table names, so a replay writes its shadow schema. Within a command, the
 * writes go out together as it commits ({@link CommandWrites}).
 */
@Component
class ActivityTable {

  /**
   * The commerce's name and external id are copied from its read model as the row is made, found by
   * primary key (the tenant only filters, as in {@link ActivityProjection}'s find by id: a generic
   * plan otherwise walked the tenant's commerces by an index led by the tenant).
   */
  private static final String INSERT =
      """
      INSERT INTO rm_activity (id, tenant_id, type, channel, status, reason, user_status, score,
             assignment_reason, scheduled_at, suggested_execution_time, idempotency_key,
             commerce_id, route_id, operator_id, created_at, updated_at, version,
             commerce_name, commerce_external_id)
      SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, c.name, c.external_id
      FROM (VALUES (1)) AS one
        LEFT JOIN rm_commerce c ON c.id = ? AND c.tenant_id IS NOT DISTINCT FROM ?
      """;

  private static final String INSERT_STATUS_EVENT =
      """
      INSERT INTO rm_activity_status_event (id, activity_id, sequence, event_type, from_status,
             to_status, error_code, error_message, occurred_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private final CommandWrites jdbc;

  ActivityTable(CommandWrites jdbc) {
    this.jdbc = jdbc;
  }

  /** The activity's row as its creation at {@code version} left it. */
  void insert(ActivityCreatedEvent event, long version) {
    var d = event.details();
    Timestamp at = Timestamp.from(event.createdAt());
    jdbc.update(
        INSERT,
        event.activityId(),
        event.tenantId(),
        name(d.type()),
        name(d.channel()),
        name(event.status()),
        d.reason(),
        d.userStatus(),
        d.score(),
        d.assignmentReason(),
        Timestamp.from(d.scheduledAt()),
        d.suggestedExecutionTime(),
        d.idempotencyKey(),
        d.commerceId(),
        d.routeId(),
        d.operatorId(),
        at,
        at,
        version,
        d.commerceId(),
        event.tenantId());
  }

  /** A change that shows only in the activity's version (its ETag) and update time. */
  void changed(UUID activityId, Instant at, long version) {
    jdbc.update(
        "UPDATE rm_activity SET updated_at = ?, version = ? WHERE id = ?",
        Timestamp.from(at),
        version,
        activityId);
  }

  /** A change of no field at all but the version. */
  void version(UUID activityId, long version) {
    jdbc.update("UPDATE rm_activity SET version = ? WHERE id = ?", version, activityId);
  }

  void status(UUID activityId, ActivityStatus status, Instant at, long version) {
    jdbc.update(
        "UPDATE rm_activity SET status = ?, updated_at = ?, version = ? WHERE id = ?",
        status.name(),
        Timestamp.from(at),
        version,
        activityId);
  }

  /**
   * A dispatch attempt was made, moving the activity to {@code statusOrNull} if one is given; the
   * provider's id is set once a provider accepted.
   */
  void dispatchAttempted(
      UUID activityId,
      ActivityStatus statusOrNull,
      int attempts,
      String providerActivityId,
      Instant at,
      long version) {
    jdbc.update(
        """
        UPDATE rm_activity SET status = COALESCE(?, status), dispatch_attempt_count = ?,
               provider_activity_id = ?, updated_at = ?, version = ?
        WHERE id = ?
        """,
        name(statusOrNull),
        attempts,
        providerActivityId,
        Timestamp.from(at),
        version,
        activityId);
  }

  void latestResult(UUID activityId, UUID resultId, Instant at, long version) {
    jdbc.update(
        "UPDATE rm_activity SET latest_result_id = ?, updated_at = ?, version = ? WHERE id = ?",
        resultId,
        Timestamp.from(at),
        version,
        activityId);
  }

  /**
   * One row of the activity's status history, for its event at {@code sequence}; its id derives
   * from (activity, sequence), the same on every replay. Error code and message may be null.
   */
  void statusEvent(
      UUID activityId,
      long sequence,
      String eventType,
      ActivityStatus from,
      ActivityStatus to,
      Instant at,
      String errorCode,
      String errorMessage) {
    jdbc.update(
        INSERT_STATUS_EVENT,
        ActivityStatusEventRow.idOf(activityId, sequence),
        activityId,
        sequence,
        eventType,
        name(from),
        name(to),
        errorCode,
        errorMessage,
        Timestamp.from(at));
  }

  static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
