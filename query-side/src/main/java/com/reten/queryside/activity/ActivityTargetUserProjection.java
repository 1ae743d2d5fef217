package com.reten.queryside.activity;

import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ActivityTargetUserView;
import com.reten.api.activity.ActivityTargetUsersResolvedEvent;
import com.reten.api.activity.ActivityTargetUsersSetEvent;
import com.reten.api.activity.ListActivityTargetUsersQuery;
import java.time.Instant;
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

  private final ActivityTargetUserRows targetUsers;
  private final ActivityRows activities;

  ActivityTargetUserProjection(ActivityTargetUserRows targetUsers, ActivityRows activities) {
    this.targetUsers = targetUsers;
    this.activities = activities;
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

  private void put(
      UUID tenantId, UUID activityId, List<ActivityTargetUser> changed, Instant at, long version) {
    int index = 0;
    for (ActivityTargetUser target : changed) {
      int position = RowOrder.of(version, index++);
      ActivityTargetUserRow row = targetUsers.findById(target.id()).orElse(null);
      if (row == null) {
        row = new ActivityTargetUserRow(target.id(), tenantId, activityId, position, at);
      }
      row.update(target, at);
      targetUsers.save(row);
    }
    activities.findById(activityId).ifPresent(activity -> activity.changed(at, version));
  }
}
