package com.reten.commandside.dispatcher;

import com.reten.api.activity.ActivityStatus;
import com.reten.api.dispatch.DispatchErrorCode;
import com.reten.commandside.activity.Activity;
import com.reten.commandside.activity.DispatchTicket;
import com.reten.commandside.claim.UniqueClaims;
import com.reten.commandside.common.Aggregates;
import com.reten.commandside.dispatchconfig.ActiveConfigClaims;
import com.reten.commandside.dispatchconfig.DispatchConfig;
import com.reten.commandside.dispatchconfig.DispatchProvider;
import com.reten.commandside.dispatchconfig.DispatchTarget;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Decides, from the aggregates themselves (never a read model that may lag), whether and with what
 * an activity is sent: it must be READY, and the tenant's active config for its channel (the holder
 * of that channel's claim) must belong to an active provider.
 */
@Component
class DispatchOrderHandler {

  private final Repository<Activity> activities;
  private final Repository<DispatchConfig> configs;
  private final Repository<DispatchProvider> providers;
  private final UniqueClaims claims;

  DispatchOrderHandler(
      Repository<Activity> activities,
      Repository<DispatchConfig> configs,
      Repository<DispatchProvider> providers,
      UniqueClaims claims) {
    this.activities = activities;
    this.configs = configs;
    this.providers = providers;
    this.claims = claims;
  }

  @CommandHandler
  DispatchOrder handle(OpenDispatchAttemptCommand command) throws Exception {
    DispatchTicket ticket =
        Aggregates.loadOrNotFound(activities, command.activityId(), null, "Activity")
            .invoke(activity -> activity.dispatchTicket(command.tenantId()));
    if (ticket.status() != ActivityStatus.READY) {
      return DispatchOrder.nothingToDo(ticket);
    }
    var channel = ticket.details().channel();
    Optional<UUID> configId = ActiveConfigClaims.holder(claims, command.tenantId(), channel);
    DispatchTarget target =
        configId.isEmpty()
            ? null
            : configs.load(configId.get().toString()).invoke(DispatchConfig::target);
    if (target == null || !target.active() || !target.tenantId().equals(command.tenantId())) {
      return DispatchOrder.unsendable(
          ticket,
          null,
          DispatchErrorCode.NO_ACTIVE_DISPATCH_CONFIG,
          "No active dispatch config for channel " + channel);
    }
    var provider = providers.load(target.providerId().toString());
    String code = provider.invoke(DispatchProvider::code);
    if (!provider.invoke(DispatchProvider::active)) {
      return DispatchOrder.unsendable(
          ticket,
          target,
          DispatchErrorCode.DISPATCH_PROVIDER_INACTIVE,
          "Dispatch provider " + code + " is inactive");
    }
    return DispatchOrder.send(ticket, target, code);
  }
}
