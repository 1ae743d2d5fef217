package com.reten.queryside.activityconfig;

import com.reten.api.activityconfig.FindTargetResolutionConfigQuery;
import com.reten.api.activityconfig.ListTargetResolutionConfigsQuery;
import com.reten.api.activityconfig.TargetResolutionConfigCreatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigDeactivatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigDeletedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigReactivatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigUpdatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** A tenant's target-resolution configs, listed by priority and found by id. */
@Component
@ProcessingGroup("activity-config")
class TargetResolutionConfigProjection {

  private final TargetResolutionConfigRows configs;

  TargetResolutionConfigProjection(TargetResolutionConfigRows configs) {
    this.configs = configs;
  }

  @EventHandler
  void on(TargetResolutionConfigCreatedEvent event) {
    var row = new TargetResolutionConfigRow(event.configId(), event.tenantId(), event.createdAt());
    row.rule(event.rule(), event.priority());
    configs.save(row);
  }

  @EventHandler
  void on(TargetResolutionConfigUpdatedEvent event) {
    update(event.configId(), event.updatedAt(), row -> row.rule(event.rule(), event.priority()));
  }

  @EventHandler
  void on(TargetResolutionConfigDeactivatedEvent event) {
    update(event.configId(), event.deactivatedAt(), row -> row.active(false));
  }

  @EventHandler
  void on(TargetResolutionConfigReactivatedEvent event) {
    update(event.configId(), event.reactivatedAt(), row -> row.active(true));
  }

  @EventHandler
  void on(TargetResolutionConfigDeletedEvent event) {
    configs.deleteById(event.configId());
  }

  @ResetHandler
  void reset() {
    configs.deleteAllInBatch();
  }

  @QueryHandler
  Optional<TargetResolutionConfigView> handle(FindTargetResolutionConfigQuery query) {
    return configs
        .findByIdAndTenantId(query.configId(), query.tenantId())
        .map(TargetResolutionConfigRow::toView);
  }

  @QueryHandler
  List<TargetResolutionConfigView> handle(ListTargetResolutionConfigsQuery query) {
    return configs
        .findByTenantIdOrderByPriorityAscActiveDescCreatedAtAscIdAsc(query.tenantId())
        .stream()
        .map(TargetResolutionConfigRow::toView)
        .toList();
  }

  private void update(UUID id, Instant at, Consumer<TargetResolutionConfigRow> change) {
    configs
        .findById(id)
        .ifPresent(
            row -> {
              change.accept(row);
              row.changed(at);
            });
  }
}
