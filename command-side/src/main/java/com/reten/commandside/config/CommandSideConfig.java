package com.reten.commandside.config;

import com.reten.commandside.common.StoreCheckedCache;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the command bus shared by every command-side feature. */
@Configuration
public class CommandSideConfig {

  /** Axon's Spring Boot starter registers every such bean on the command bus. */
  @Bean
  MessageHandlerInterceptor<CommandMessage<?>> commandErrorInterceptor() {
    return new CommandErrorInterceptor();
  }

  /**
   * Commerces, which every activity creation loads to check them and resolve its targets. Bounded
   * to the commerces of a busy day; an evicted one is replayed from its events when next needed.
   */
  @Bean
  Cache commerceCache(EventStore events) {
    return new StoreCheckedCache(events, 5_000);
  }
}
