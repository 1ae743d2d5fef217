package com.reten.commandside.dispatchconfig;

import com.reten.api.dispatch.CreateDispatchConfigCommand;
import com.reten.api.dispatch.UpdateDispatchConfigCommand;
import com.reten.commandside.claim.UniqueClaims;
import com.reten.commandside.common.Aggregates;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates and changes dispatch configs against their provider's terms, read from the provider
 * aggregate in the same unit of work (the command side never reads the query side).
 */
@Component
class DispatchConfigHandler {

  private final Repository<DispatchConfig> configs;
  private final Repository<DispatchProvider> providers;
  private final UniqueClaims claims;
  private final CredentialsCipher cipher;
  private final ProviderAddresses addresses;

  DispatchConfigHandler(
      Repository<DispatchConfig> configs,
      Repository<DispatchProvider> providers,
      UniqueClaims claims,
      CredentialsCipher cipher,
      ProviderAddresses addresses) {
    this.configs = configs;
    this.providers = providers;
    this.claims = claims;
    this.cipher = cipher;
    this.addresses = addresses;
  }

  @CommandHandler
  UUID handle(CreateDispatchConfigCommand command) throws Exception {
    ProviderRules.require(command.channel() != null, "channel: must not be null");
    ProviderRules.require(command.providerId() != null, "dispatch_provider_id: must not be null");
    // Outside the aggregate: it resolves a host name, which an aggregate's rules never do.
    addresses.require(command.baseUrl());
    ProviderTerms terms =
        Aggregates.loadOrNotFound(providers, command.providerId(), null, "Dispatch provider")
            .invoke(provider -> provider.termsFor(command.channel()));
    configs.newInstance(() -> new DispatchConfig(command, terms, claims, cipher));
    return command.configId();
  }

  @CommandHandler
  void handle(UpdateDispatchConfigCommand command) throws Exception {
    addresses.require(command.baseUrl());
    Aggregate<DispatchConfig> config =
        Aggregates.loadOrNotFound(
            configs, command.configId(), command.expectedVersion(), "Dispatch config");
    DispatchConfig.Ref ref = config.invoke(c -> c.ref(command.tenantId()));
    ProviderTerms terms =
        Aggregates.loadOrNotFound(providers, ref.providerId(), null, "Dispatch provider")
            .invoke(provider -> provider.termsFor(ref.channel()));
    config.execute(c -> c.update(command, terms, claims, cipher));
  }
}
