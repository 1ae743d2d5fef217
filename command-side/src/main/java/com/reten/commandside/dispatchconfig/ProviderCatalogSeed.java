package com.reten.commandside.dispatchconfig;

import com.reten.api.dispatch.RegisterDispatchProviderCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.ErrorDetails;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import java.time.Clock;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Registers the seeded providers at start when their code is free. A provider already there is left
 * as it is, so a SUPER_ADMIN's changes survive restarts; two nodes starting at once race on the
 * code's claim, and the loser's refusal is expected.
 */
@Component
class ProviderCatalogSeed implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ProviderCatalogSeed.class);

  private final CommandGateway commands;
  private final UniqueClaims claims;
  private final Clock clock;

  ProviderCatalogSeed(CommandGateway commands, UniqueClaims claims, Clock clock) {
    this.commands = commands;
    this.claims = claims;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (RegisterDispatchProviderCommand provider : SeededProviders.all(clock.instant())) {
      if (claims.owner(ClaimScope.DISPATCH_PROVIDER_CODE, provider.code()).isPresent()) {
        continue;
      }
      try {
        commands.sendAndWait(provider);
        log.info("Seeded dispatch provider {}", provider.code());
      } catch (CommandExecutionException e) {
        if (!(e.getDetails().orElse(null) instanceof ErrorDetails details)
            || details.code() != ErrorCode.DISPATCH_PROVIDER_CODE_TAKEN) {
          throw e;
        }
        log.info("Dispatch provider {} was seeded by another node", provider.code());
      }
    }
  }
}
