package com.reten.commandside.config;

import org.axonframework.commandhandling.CommandMessage;
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
}
