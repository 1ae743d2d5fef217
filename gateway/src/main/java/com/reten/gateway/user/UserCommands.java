package com.reten.gateway.user;

import com.reten.api.error.RetenException;
import com.reten.gateway.command.Commands;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends commands addressed to one user. An id that names no user at all is answered exactly like a
 * user of another tenant (404 "User not found"), so the answer never reveals which ids exist.
 */
@Component
public class UserCommands {

  private final Commands commands;

  UserCommands(Commands commands) {
    this.commands = commands;
  }

  public void send(Object command) {
    try {
      commands.send(command);
    } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
      // Incompatible: the id names another kind of aggregate (a tenant, a session), not a user.
      throw RetenException.notFound("User");
    }
  }
}
