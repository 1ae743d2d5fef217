package com.reten.commandside.config;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Wiring of the command bus shared by every command-side feature. */
@Configuration
public class CommandSideConfig {

  @Autowired
  void registerErrorInterceptor(CommandBus commandBus) {
    commandBus.registerHandlerInterceptor(new CommandErrorInterceptor());
  }
}
