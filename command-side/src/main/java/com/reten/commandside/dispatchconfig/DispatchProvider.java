package com.reten.commandside.dispatchconfig;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.ChannelDefinition;
import com.reten.api.dispatch.DispatchProviderRegisteredEvent;
import com.reten.api.dispatch.DispatchProviderUpdatedEvent;
import com.reten.api.dispatch.RegisterDispatchProviderCommand;
import com.reten.api.dispatch.UpdateDispatchProviderCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A provider of the global dispatch catalog (API.md §5.2): its code (unique), name, whether it is
 * active, and what it needs per channel. Platform-level, so it has no tenant.
 */
@Aggregate
public class DispatchProvider {

  @AggregateIdentifier private UUID providerId;
  private String code;
  private String name;
  private boolean active;
  private final Map<ActivityChannel, ChannelDefinition> definitions =
      new EnumMap<>(ActivityChannel.class);

  protected DispatchProvider() {}

  @CommandHandler
  public DispatchProvider(RegisterDispatchProviderCommand command, UniqueClaims claims) {
    String newCode = ProviderRules.code(command.code());
    String newName = ProviderRules.name(command.name());
    String protocol = ProviderRules.protocol(command.protocolType());
    var byChannel = ProviderRules.definitions(command.channelDefinitions(), true);
    if (!claims.claim(ClaimScope.DISPATCH_PROVIDER_CODE, newCode, command.providerId())) {
      throw new RetenException(
          ErrorCode.DISPATCH_PROVIDER_CODE_TAKEN,
          "A dispatch provider with code '" + newCode + "' already exists");
    }
    apply(
        new DispatchProviderRegisteredEvent(
            command.providerId(),
            newCode,
            newName,
            protocol,
            List.copyOf(byChannel.values()),
            command.at()));
  }

  @CommandHandler
  void handle(UpdateDispatchProviderCommand command) {
    String newName = command.name() == null ? name : ProviderRules.name(command.name());
    boolean nowActive = command.active() == null ? active : command.active();
    List<ChannelDefinition> changed =
        ProviderRules.definitions(command.channelDefinitions(), false).values().stream()
            .filter(definition -> !definition.equals(definitions.get(definition.channel())))
            .toList();
    if (newName.equals(name) && nowActive == active && changed.isEmpty()) {
      return;
    }
    apply(new DispatchProviderUpdatedEvent(providerId, newName, nowActive, changed, command.at()));
  }

  /** The terms of {@code channel}; 400 when this provider does not serve it. */
  ProviderTerms termsFor(ActivityChannel channel) {
    ChannelDefinition definition = definitions.get(channel);
    if (definition == null) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED,
          "channel: dispatch provider " + code + " does not serve " + channel);
    }
    return new ProviderTerms(code, active, definition);
  }

  public String code() {
    return code;
  }

  public boolean active() {
    return active;
  }

  @EventSourcingHandler
  void on(DispatchProviderRegisteredEvent event) {
    providerId = event.providerId();
    code = event.code();
    name = event.name();
    active = true;
    event.channelDefinitions().forEach(d -> definitions.put(d.channel(), d));
  }

  @EventSourcingHandler
  void on(DispatchProviderUpdatedEvent event) {
    name = event.name();
    active = event.active();
    event.channelDefinitions().forEach(d -> definitions.put(d.channel(), d));
  }
}
