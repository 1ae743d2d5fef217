package com.reten.commandside.resulttype;

import com.reten.api.resulttype.SeedTaskResultTypesCommand;
import com.reten.api.tenant.TenantCreatedEvent;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Seeds the result-type catalog of tenants set up before result types existed. Its tracking
 * processor starts at the beginning of the event store, so on the first start after this change it
 * meets every tenant's creation once; seeding a tenant that has a catalog (all tenants set up
 * since, which {@code TenantSetupHandler} seeds) does nothing.
 */
@Component
@ProcessingGroup("task-result-type-seeding")
class TaskResultTypeBackfill {

  private final CommandGateway commands;
  private final Clock clock;

  TaskResultTypeBackfill(CommandGateway commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @EventHandler
  void on(TenantCreatedEvent event) {
    commands.sendAndWait(new SeedTaskResultTypesCommand(event.tenantId(), clock.instant()));
  }
}
