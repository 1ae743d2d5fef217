package com.reten.queryside.activity;

import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityHistoryEntry;
import com.reten.api.activity.ActivityView;
import com.reten.api.activity.FindActivityAsOfQuery;
import com.reten.api.activity.FindActivityHistoryQuery;
import com.reten.api.audit.EventMetadata;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * An activity's events straight from the event store: its history, and its state at a point in time
 * or at a version. The commerce's name and external id come from the current read model.
 */
@Component
class ActivityHistory {

  private final EventStore events;
  private final ActivityRows activities;

  ActivityHistory(EventStore events, ActivityRows activities) {
    this.events = events;
    this.activities = activities;
  }

  @QueryHandler
  List<ActivityHistoryEntry> handle(FindActivityHistoryQuery query) {
    return ownEvents(query.tenantId(), query.activityId()).stream()
        .map(ActivityHistory::entry)
        .toList();
  }

  @QueryHandler
  Optional<ActivityView> handle(FindActivityAsOfQuery query) {
    var folder = new ActivityStateFolder();
    for (DomainEventMessage<?> event : ownEvents(query.tenantId(), query.activityId())) {
      boolean after =
          query.version() != null
              ? event.getSequenceNumber() > query.version()
              : event.getTimestamp().isAfter(query.asOf());
      if (after) {
        break;
      }
      folder.apply(event.getPayload(), event.getSequenceNumber());
    }
    var current = activities.findByIdAndTenantId(query.activityId(), query.tenantId());
    return folder.view(
        current.map(ActivityRow::toView).map(ActivityView::commerceName).orElse(null),
        current.map(ActivityRow::toView).map(ActivityView::commerceExternalId).orElse(null));
  }

  /** The activity's events, or none when its first event belongs to another tenant. */
  private List<? extends DomainEventMessage<?>> ownEvents(UUID tenantId, UUID activityId) {
    List<? extends DomainEventMessage<?>> all =
        events.readEvents(activityId.toString()).asStream().toList();
    if (all.isEmpty() || !tenantId.equals(tenantOf(all.get(0)))) {
      return List.of();
    }
    return all;
  }

  private static UUID tenantOf(DomainEventMessage<?> first) {
    if (first.getPayload() instanceof ActivityCreatedEvent created) {
      return created.tenantId();
    }
    Object tenant = first.getMetaData().get(EventMetadata.TENANT_ID);
    return tenant == null ? null : UUID.fromString(tenant.toString());
  }

  private static ActivityHistoryEntry entry(DomainEventMessage<?> event) {
    var metadata = event.getMetaData();
    return new ActivityHistoryEntry(
        event.getSequenceNumber(),
        event.getPayloadType().getSimpleName(),
        event.getTimestamp(),
        text(metadata.get(EventMetadata.ACTOR_TYPE)),
        text(metadata.get(EventMetadata.ACTOR_ID)),
        text(metadata.get(EventMetadata.CORRELATION_ID)),
        event.getPayload());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
