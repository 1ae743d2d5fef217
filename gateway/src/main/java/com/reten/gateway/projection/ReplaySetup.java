package com.reten.gateway.projection;

import com.reten.api.store.DeferredWrites;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the processors of replayable read models need so that a replay can switch them over. */
@Configuration
class ReplaySetup {

  /**
   * Each replayable model's handlers take its write lock when they run in the transaction that
   * stores the events (see {@link InlineWrites}); under a tracking processor the lock is skipped.
   */
  @Bean
  ConfigurerModule inlineWriteLocks(DeferredWrites writes) {
    return configurer ->
        ReadModels.REPLAYABLE.forEach(
            model ->
                configurer
                    .eventProcessing()
                    .registerHandlerInterceptor(
                        model.processor(), c -> InlineWrites.sharedLock(model, writes)));
  }
}
