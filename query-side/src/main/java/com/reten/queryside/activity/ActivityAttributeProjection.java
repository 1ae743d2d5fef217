package com.reten.queryside.activity;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityAttributeView;
import com.reten.api.activity.ActivityAttributesResolvedEvent;
import com.reten.api.activity.ActivityAttributesSetEvent;
import com.reten.api.activity.ListActivityAttributesQuery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** An activity's attributes, in request order; every event also moves the activity's version. */
@Component
@ProcessingGroup("activities")
class ActivityAttributeProjection {

  private final ActivityAttributeRows attributes;
  private final ActivityTable table;

  ActivityAttributeProjection(ActivityAttributeRows attributes, ActivityTable table) {
    this.attributes = attributes;
    this.table = table;
  }

  @EventHandler
  void on(ActivityAttributesSetEvent event, @SequenceNumber long version) {
    put(event.tenantId(), event.activityId(), event.attributes(), event.setAt(), version);
  }

  @EventHandler
  void on(ActivityAttributesResolvedEvent event, @SequenceNumber long version) {
    put(event.tenantId(), event.activityId(), event.attributes(), event.resolvedAt(), version);
  }

  @ResetHandler
  void reset() {
    attributes.deleteAllInBatch();
  }

  @QueryHandler
  List<ActivityAttributeView> handle(ListActivityAttributesQuery query) {
    return attributes
        .findByTenantIdAndActivityIdOrderByPosition(query.tenantId(), query.activityId())
        .stream()
        .map(ActivityAttributeRow::toView)
        .toList();
  }

  private void put(
      UUID tenantId, UUID activityId, List<ActivityAttribute> changed, Instant at, long version) {
    int index = 0;
    for (ActivityAttribute attribute : changed) {
      int position = RowOrder.of(version, index++);
      ActivityAttributeRow row = attributes.findById(attribute.id()).orElse(null);
      if (row == null) {
        row =
            new ActivityAttributeRow(
                attribute.id(), tenantId, activityId, position, attribute.key(), at);
      }
      row.update(attribute, at);
      attributes.save(row);
    }
    table.changed(activityId, at, version);
  }
}
