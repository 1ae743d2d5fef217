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
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.commandside.claim.ClaimScope;
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
  private String baseUrl;
  private ConfigSettings settings;
  private Map<String, String> sealedCredentials;
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
    var secrets = new ConfigSecrets(cipher, command.tenantId(), command.configId());
    String url = ConfigRules.baseUrl(command.baseUrl(), terms);
    var credentials =
        secrets.sealCredentials(ConfigRules.credentials(command.credentials(), terms.definition()));
    var schema = ConfigRules.settingsSchema(terms.definition());
    var given = command.settings() == null ? Map.<String, Object>of() : command.settings();
    var newSettings = ConfigSettings.EMPTY.merge(given, schema, secrets);
    claimChannel(claims, command.tenantId(), command.channel(), command.configId());
    apply(
        new DispatchConfigCreatedEvent(
            command.tenantId(),
            command.configId(),
            command.providerId(),
            command.channel(),
            url,
            newSettings.shown(),
            credentials,
            newSettings.sealed(),
            command.at()));
  }

  /** Applies a PATCH; {@link DispatchConfigHandler} has checked the tenant via {@link #ref}. */
  void update(
      UpdateDispatchConfigCommand command,
      ProviderTerms terms,
      UniqueClaims claims,
      CredentialsCipher cipher) {
    requireIn(command.tenantId());
    var secrets = new ConfigSecrets(cipher, tenantId, configId);
    String url =
        command.baseUrl() == null ? baseUrl : ConfigRules.baseUrl(command.baseUrl(), terms);
    var credentials =
        command.credentials() == null
            ? sealedCredentials
            : secrets.sealCredentials(
                ConfigRules.credentials(command.credentials(), terms.definition()));
    var next =
        settings.merge(command.settings(), ConfigRules.settingsSchema(terms.definition()), secrets);
    boolean activate = Boolean.TRUE.equals(command.active()) && !active;
    boolean deactivate = Boolean.FALSE.equals(command.active()) && active;
    if (activate) {
      ProviderRules.require(terms.active(), "is_active: provider " + terms.code() + " is inactive");
      claimChannel(claims, tenantId, channel, configId);
    }
    if (!Objects.equals(url, baseUrl)
        || credentials != sealedCredentials
        || !next.equals(settings)) {
      apply(
          new DispatchConfigChangedEvent(
              tenantId, configId, url, next.shown(), credentials, next.sealed(), command.at()));
    }
    if (activate) {
      apply(new DispatchConfigActivatedEvent(tenantId, configId, command.at()));
    } else if (deactivate) {
      releaseChannel(claims);
      apply(new DispatchConfigDeactivatedEvent(tenantId, configId, command.at()));
    }
  }

  @CommandHandler
  void handle(DeleteDispatchConfigCommand command, UniqueClaims claims) {
    requireIn(command.tenantId());
    if (active) {
      releaseChannel(claims);
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
        baseUrl,
        active && !deleted,
        sealedCredentials,
        settings.sealed());
  }

  private static void claimChannel(
      UniqueClaims claims, UUID tenant, ActivityChannel channel, UUID configId) {
    if (!claims.claim(ClaimScope.ACTIVE_DISPATCH_CONFIG, channelKey(tenant, channel), configId)) {
      throw new RetenException(
          ErrorCode.DISPATCH_CHANNEL_TAKEN,
          "An active dispatch config already exists for channel " + channel);
    }
  }

  private void releaseChannel(UniqueClaims claims) {
    claims.release(ClaimScope.ACTIVE_DISPATCH_CONFIG, channelKey(tenantId, channel), configId);
  }

  /** The claim naming the active config of ({@code tenant}, {@code channel}). */
  public static String channelKey(UUID tenant, ActivityChannel channel) {
    return ClaimScope.perTenant(tenant, channel.name());
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
    baseUrl = event.baseUrl();
    settings = new ConfigSettings(event.settings(), event.sealedSettings());
    sealedCredentials = event.sealedCredentials();
    active = true;
  }

  @EventSourcingHandler
  void on(DispatchConfigChangedEvent event) {
    baseUrl = event.baseUrl();
    settings = new ConfigSettings(event.settings(), event.sealedSettings());
    sealedCredentials = event.sealedCredentials();
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
