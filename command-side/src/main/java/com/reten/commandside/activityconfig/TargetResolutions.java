package com.reten.commandside.activityconfig;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.activityconfig.ActivityConfigIds;
import com.reten.api.activityconfig.CreateTargetResolutionConfigCommand;
import com.reten.api.activityconfig.DeleteTargetResolutionConfigCommand;
import com.reten.api.activityconfig.TargetResolutionConfigCreatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigDeactivatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigDeletedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigReactivatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigUpdatedEvent;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.UpdateTargetResolutionConfigCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tenant's target-resolution configs. They share one invariant — no two active configs of the
 * tenant have the same priority — so they share one aggregate per tenant (id derived from the
 * tenant, {@link ActivityConfigIds}), created by the first config: deciding on all of them in one
 * consistency boundary makes concurrent changes serialize or fail, never both pass. Configuration
 * changes are rare, so the shared lock costs nothing that matters; activity creation never loads it
 * (it reads {@link ActivitySettings}).
 */
@Aggregate
class TargetResolutions {

  @AggregateIdentifier private UUID configsId;
  private final Map<UUID, TargetResolutionConfig> configs = new HashMap<>();
  private final Set<UUID> deleted = new HashSet<>();

  protected TargetResolutions() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(CreateTargetResolutionConfigCommand command, ActivitySettingsTable table) {
    TargetResolutionRule rule = TargetResolutionRules.canonical(command.rule());
    if (configs.containsKey(command.configId()) || deleted.contains(command.configId())) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED, "A target-resolution config with this id already existed");
    }
    requirePriorityFree(command.priority(), command.configId());
    apply(
        new TargetResolutionConfigCreatedEvent(
            command.tenantId(), command.configId(), rule, command.priority(), command.at()));
    table.saveTarget(command.tenantId(), command.configId(), rule, command.priority(), true);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(UpdateTargetResolutionConfigCommand command, ActivitySettingsTable table) {
    UUID id = command.configId();
    TargetResolutionConfig current = existing(id, command.expectedVersion());
    TargetResolutionRule old = current.rule();
    TargetResolutionRule rule = TargetResolutionRules.patched(old, command);
    int priority = Objects.requireNonNullElse(command.priority(), current.priority());
    boolean active = Objects.requireNonNullElse(command.active(), current.active());
    if (active) {
      requirePriorityFree(priority, id);
    }
    UUID tenant = command.tenantId();
    if (!rule.equals(old) || priority != current.priority()) {
      apply(new TargetResolutionConfigUpdatedEvent(tenant, id, rule, priority, command.at()));
    }
    if (active != current.active()) {
      apply(
          active
              ? new TargetResolutionConfigReactivatedEvent(tenant, id, command.at())
              : new TargetResolutionConfigDeactivatedEvent(tenant, id, command.at()));
    }
    if (!configs.get(id).equals(current)) {
      table.saveTarget(tenant, id, rule, priority, active);
    }
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DeleteTargetResolutionConfigCommand command, ActivitySettingsTable table) {
    existing(command.configId(), command.expectedVersion());
    apply(
        new TargetResolutionConfigDeletedEvent(
            command.tenantId(), command.configId(), command.at()));
    table.deleteTarget(command.tenantId(), command.configId());
  }

  /**
   * The config {@code id} of this tenant at {@code expectedVersion} (when given). The aggregate is
   * the caller's tenant's by construction of its id, so another tenant's config is simply absent.
   */
  private TargetResolutionConfig existing(UUID id, Long expectedVersion) {
    TargetResolutionConfig config = configs.get(id);
    if (config == null) {
      throw RetenException.notFound("Target-resolution config");
    }
    config.requireAt(expectedVersion);
    return config;
  }

  private void requirePriorityFree(int priority, UUID self) {
    boolean taken =
        configs.entrySet().stream()
            .anyMatch(
                entry ->
                    !entry.getKey().equals(self)
                        && entry.getValue().active()
                        && entry.getValue().priority() == priority);
    if (taken) {
      throw TargetResolutionRules.priorityTaken(priority);
    }
  }

  @EventSourcingHandler
  void on(TargetResolutionConfigCreatedEvent event) {
    configsId = ActivityConfigIds.targetResolutions(event.tenantId());
    configs.put(
        event.configId(), new TargetResolutionConfig(event.rule(), event.priority(), true, 0));
  }

  @EventSourcingHandler
  void on(TargetResolutionConfigUpdatedEvent event) {
    configs.computeIfPresent(
        event.configId(), (id, config) -> config.changed(event.rule(), event.priority()));
  }

  @EventSourcingHandler
  void on(TargetResolutionConfigDeactivatedEvent event) {
    configs.computeIfPresent(event.configId(), (id, config) -> config.activated(false));
  }

  @EventSourcingHandler
  void on(TargetResolutionConfigReactivatedEvent event) {
    configs.computeIfPresent(event.configId(), (id, config) -> config.activated(true));
  }

  @EventSourcingHandler
  void on(TargetResolutionConfigDeletedEvent event) {
    configs.remove(event.configId());
    deleted.add(event.configId());
  }
}
