package com.reten.queryside.activity;

import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ActivityTargetUserView;
import com.reten.api.activity.ActivityTargetUsersResolvedEvent;
import com.reten.api.activity.ActivityTargetUsersSetEvent;
import com.reten.api.activity.ListActivityTargetUsersQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * An activity's target users. A target user first seen takes the next position, so rows keep the
 * order in which resolution added them; every event also moves the activity's version.
 */
@Component
@ProcessingGroup("activities")
class ActivityTargetUserProjection {

  private static final String UPSERT =
      """
      INSERT INTO rm_activity_target_user (id, tenant_id, activity_id, position, commerce_user_id,
             name, resolution_status, resolution_strategy, lock_reason, resolved_at, locked_at,
             error_message, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET commerce_user_id = EXCLUDED.commerce_user_id,
             name = EXCLUDED.name, resolution_status = EXCLUDED.resolution_status,
             resolution_strategy = EXCLUDED.resolution_strategy,
             lock_reason = EXCLUDED.lock_reason, resolved_at = EXCLUDED.resolved_at,
             locked_at = EXCLUDED.locked_at, error_message = EXCLUDED.error_message,
             updated_at = EXCLUDED.updated_at
      """;

  private final ActivityTargetUserRows targetUsers;
  private final ActivityTable table;
  private final CommandWrites jdbc;

  ActivityTargetUserProjection(
      ActivityTargetUserRows targetUsers, ActivityTable table, CommandWrites jdbc) {
    this.targetUsers = targetUsers;
    this.table = table;
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ActivityTargetUsersSetEvent event, @SequenceNumber long version) {
    put(event.tenantId(), event.activityId(), event.targetUsers(), event.setAt(), version);
  }

  @EventHandler
  void on(ActivityTargetUsersResolvedEvent event, @SequenceNumber long version) {
    put(event.tenantId(), event.activityId(), event.targetUsers(), event.resolvedAt(), version);
  }

  @ResetHandler
  void reset() {
    targetUsers.deleteAllInBatch();
  }

  @QueryHandler
  List<ActivityTargetUserView> handle(ListActivityTargetUsersQuery query) {
    return targetUsers
        .findByTenantIdAndActivityIdOrderByPosition(query.tenantId(), query.activityId())
        .stream()
        .map(ActivityTargetUserRow::toView)
        .toList();
  }

  /**
   * Upserts the changed target users in one batch: a target first seen is inserted at its position,
   * a known one keeps its position and creation time. Through JPA this was a find and a save per
   * target and the largest share of the processor's CPU on a create-activity load (JFR). Only this
   * projection writes {@code rm_activity_target_user}, so no JPA entity of it is ever pending in
   * the same transaction.
   */
  private void put(
      UUID tenantId, UUID activityId, List<ActivityTargetUser> changed, Instant at, long version) {
    Timestamp when = Timestamp.from(at);
    List<Object[]> rows = new ArrayList<>(changed.size());
    int index = 0;
    for (ActivityTargetUser target : changed) {
      rows.add(
          new Object[] {
            target.id(),
            tenantId,
            activityId,
            RowOrder.of(version, index++),
            target.commerceUserId(),
            target.name(),
            ActivityTable.name(target.status()),
            ActivityTable.name(target.strategy()),
            ActivityTable.name(target.lockReason()),
            timestamp(target.resolvedAt()),
            timestamp(target.lockedAt()),
            target.errorMessage(),
            when,
            when
          });
    }
    jdbc.batchUpdate(UPSERT, rows);
    table.changed(activityId, at, version);
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
