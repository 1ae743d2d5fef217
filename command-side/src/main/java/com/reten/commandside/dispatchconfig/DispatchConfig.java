package com.reten.commandside.dispatchconfig;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.CreateDispatchConfigCommand;
import com.reten.api.dispatch.DeleteDispatchConfigCommand;
import com.reten.api.dispatch.DispatchConfigActivatedEvent;
import com.reten.api.dispatch.DispatchConfigChangedEvent;
import com.reten.api.dispatch.DispatchConfigCreatedEvent;
import com.reten.api.dispatch.DispatchConfigDeactivatedEvent;
import com.reten.api.dispatch.DispatchConfigDeletedEvent;
import com.reten.api.dispatch.UpdateDispatchConfigCommand;
import com.reten.api.error.RetenException;
import com.reten.commandside.claim.UniqueClaims;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tenant's use of a catalog provider for one channel (API.md §5.3). At most one active config per
 * (tenant, channel): the channel is claimed while active. Secrets are sealed before any event is
 * applied, so the event store only ever holds ciphertext.
 */
@Aggregate
public class DispatchConfig {

  @AggregateIdentifier private UUID configId;
  private UUID tenantId;
  private UUID providerId;
  private ActivityChannel channel;
  private ConfigState state;
  private boolean active;
  private boolean deleted;

  protected DispatchConfig() {}

  /** Created by {@link DispatchConfigHandler}, which reads the provider's terms first. */
  DispatchConfig(
      CreateDispatchConfigCommand command,
      ProviderTerms terms,
      UniqueClaims claims,
      CredentialsCipher cipher) {
    ProviderRules.require(
        terms.active(), "dispatch_provider_id: provider " + terms.code() + " is inactive");
    var initial =
        ConfigState.of(
            command, terms, new ConfigSecrets(cipher, command.tenantId(), command.configId()));
    ActiveConfigClaims.take(claims, command.tenantId(), command.channel(), command.configId());
    apply(
        new DispatchConfigCreatedEvent(
            command.tenantId(),
            command.configId(),
            command.providerId(),
            command.channel(),
            initial.baseUrl(),
            initial.settings().shown(),
            initial.sealedCredentials(),
            initial.settings().sealed(),
            command.at()));
  }

  /** Applies a PATCH; {@link DispatchConfigHandler} read the terms after {@link #ref}. */
  void update(
      UpdateDispatchConfigCommand command,
      ProviderTerms terms,
      UniqueClaims claims,
      CredentialsCipher cipher) {
    requireIn(command.tenantId());
    var next = state.patched(command, terms, new ConfigSecrets(cipher, tenantId, configId));
    boolean activate = Boolean.TRUE.equals(command.active()) && !active;
    boolean deactivate = Boolean.FALSE.equals(command.active()) && active;
    if (activate) {
      ProviderRules.require(terms.active(), "is_active: provider " + terms.code() + " is inactive");
      ActiveConfigClaims.take(claims, tenantId, channel, configId);
    }
    if (!next.equals(state)) {
      apply(
          new DispatchConfigChangedEvent(
              tenantId,
              configId,
              next.baseUrl(),
              next.settings().shown(),
              next.sealedCredentials(),
              next.settings().sealed(),
              command.at()));
    }
    if (activate) {
      apply(new DispatchConfigActivatedEvent(tenantId, configId, command.at()));
    } else if (deactivate) {
      ActiveConfigClaims.release(claims, tenantId, channel, configId);
      apply(new DispatchConfigDeactivatedEvent(tenantId, configId, command.at()));
    }
  }

  @CommandHandler
  void handle(DeleteDispatchConfigCommand command, UniqueClaims claims) {
    requireIn(command.tenantId());
    if (active) {
      ActiveConfigClaims.release(claims, tenantId, channel, configId);
    }
    apply(new DispatchConfigDeletedEvent(tenantId, configId, command.at()));
  }

  /** Its provider and channel, for a caller of {@code commandTenant}. */
  Ref ref(UUID commandTenant) {
    requireIn(commandTenant);
    return new Ref(providerId, channel);
  }

  record Ref(UUID providerId, ActivityChannel channel) {}

  /** What the dispatcher needs to send with this config. */
  public DispatchTarget target() {
    return new DispatchTarget(
        configId,
        tenantId,
        providerId,
        channel,
        state.baseUrl(),
        active && !deleted,
        state.sealedCredentials(),
        state.settings().sealed());
  }

  /** Another tenant's config, or a deleted one, is not found. */
  private void requireIn(UUID commandTenant) {
    if (deleted || !Objects.equals(tenantId, commandTenant)) {
      throw RetenException.notFound("Dispatch config");
    }
  }

  @EventSourcingHandler
  void on(DispatchConfigCreatedEvent event) {
    configId = event.configId();
    tenantId = event.tenantId();
    providerId = event.providerId();
    channel = event.channel();
    state =
        state(event.baseUrl(), event.settings(), event.sealedSettings(), event.sealedCredentials());
    active = true;
  }

  @EventSourcingHandler
  void on(DispatchConfigChangedEvent event) {
    state =
        state(event.baseUrl(), event.settings(), event.sealedSettings(), event.sealedCredentials());
  }

  private static ConfigState state(
      String baseUrl,
      Map<String, Object> shown,
      Map<String, String> sealedSettings,
      Map<String, String> sealedCredentials) {
    return new ConfigState(baseUrl, new ConfigSettings(shown, sealedSettings), sealedCredentials);
  }

  @EventSourcingHandler
  void on(DispatchConfigActivatedEvent event) {
    active = true;
  }

  @EventSourcingHandler
  void on(DispatchConfigDeactivatedEvent event) {
    active = false;
  }

  @EventSourcingHandler
  void on(DispatchConfigDeletedEvent event) {
    deleted = true;
    active = false;
  }
}
