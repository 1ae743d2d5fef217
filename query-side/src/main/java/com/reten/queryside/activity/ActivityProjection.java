package com.reten.queryside.activity;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityPage;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityStatusEventView;
import com.reten.api.activity.ActivityView;
import com.reten.api.activity.FindActivityQuery;
import com.reten.api.activity.ListActivitiesQuery;
import com.reten.api.activity.ListActivityStatusEventsQuery;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A tenant's activities (list and by id) and their status history, derived from the activity's
 * events. The commerce's name and external id are copied from the commerce read model when the
 * activity is created.
 */
@Component
@ProcessingGroup("activities")
class ActivityProjection {

  private static final Sort LATEST_SCHEDULED_FIRST =
      Sort.by(Sort.Order.desc("scheduledAt"), Sort.Order.desc("id"));

  /**
   * By primary key, the tenant a filter on the one row: with {@code a.tenant_id = ?} a generic plan
   * made while the table was small chose an index led by the tenant, and each lookup then walked
   * the whole tenant (119 buffers a call at 10,000 activities, 0.55 ms, the costliest statement of
   * a create; auto_explain, 2026-12-07). No index serves {@code IS NOT DISTINCT FROM}.
   */
  static final String FIND =
      ActivityViewRows.SELECT + " WHERE a.id = ? AND a.tenant_id IS NOT DISTINCT FROM ?";

  private final ActivityRows activities;
  private final ActivityStatusEventRows statusEvents;
  private final ActivityTable table;
  private final JdbcTemplate jdbc;

  ActivityProjection(
      ActivityRows activities,
      ActivityStatusEventRows statusEvents,
      ActivityTable table,
      JdbcTemplate jdbc) {
    this.activities = activities;
    this.statusEvents = statusEvents;
    this.table = table;
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ActivityCreatedEvent event, @SequenceNumber long version) {
    table.insert(event, version);
    table.statusEvent(
        event.activityId(),
        version,
        "CREATED",
        null,
        event.status(),
        event.createdAt(),
        null,
        null);
  }

  @EventHandler
  void on(ActivityDispatchedEvent event, @SequenceNumber long version) {
    table.dispatchAttempted(
        event.activityId(),
        ActivityStatus.DISPATCHED,
        event.attempt(),
        event.providerActivityId(),
        event.dispatchedAt(),
        version);
    table.statusEvent(
        event.activityId(),
        version,
        "DISPATCH_SUCCESS",
        ActivityStatus.READY,
        ActivityStatus.DISPATCHED,
        event.dispatchedAt(),
        null,
        null);
  }

  @EventHandler
  void on(ActivityCanceledEvent event, @SequenceNumber long version) {
    table.status(event.activityId(), ActivityStatus.CANCELED, event.canceledAt(), version);
    table.statusEvent(
        event.activityId(),
        version,
        "CANCELED",
        event.fromStatus(),
        ActivityStatus.CANCELED,
        event.canceledAt(),
        null,
        null);
  }

  @ResetHandler
  void reset() {
    statusEvents.deleteAllInBatch();
    activities.deleteAllInBatch();
  }

  @QueryHandler
  Optional<ActivityView> handle(FindActivityQuery query) {
    return jdbc.query(FIND, ActivityViewRows::view, query.activityId(), query.tenantId()).stream()
        .findFirst();
  }

  @QueryHandler
  ActivityPage handle(ListActivitiesQuery query) {
    var filters = ActivityFilters.of(query);
    if ((long) (query.page() - 1) * query.limit() > Integer.MAX_VALUE) {
      return new ActivityPage(List.of(), activities.count(filters));
    }
    var page =
        activities.findAll(
            filters, PageRequest.of(query.page() - 1, query.limit(), LATEST_SCHEDULED_FIRST));
    return new ActivityPage(
        page.getContent().stream().map(ActivityRow::toView).toList(), page.getTotalElements());
  }

  @QueryHandler
  List<ActivityStatusEventView> handle(ListActivityStatusEventsQuery query) {
    if (activities.findByIdAndTenantId(query.activityId(), query.tenantId()).isEmpty()) {
      return List.of();
    }
    return statusEvents.findByActivityIdOrderBySequenceAscIdAsc(query.activityId()).stream()
        .map(ActivityStatusEventRow::toView)
        .toList();
  }
}
