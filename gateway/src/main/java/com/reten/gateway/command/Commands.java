package com.reten.gateway.command;

import java.time.Duration;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * How controllers send commands: waits for the command's result, then for this node's projections
 * to reach the events it caused, so the response and the caller's next GET see the change.
 */
@Component
public class Commands {

  private final CommandGateway gateway;
  private final ProjectionBarrier barrier;

  Commands(CommandGateway gateway, ProjectionBarrier barrier) {
    this.gateway = gateway;
    this.barrier = barrier;
  }

  public <R> R send(Object command) {
    R result = gateway.sendAndWait(command);
    barrier.awaitCaughtUp();
    return result;
  }

  /**
   * Sends a command whose events take the projections longer than one change does (a bulk upsert),
   * waiting for them up to {@code projectionTimeout} instead of the usual bound.
   */
  public <R> R send(Object command, Duration projectionTimeout) {
    R result = gateway.sendAndWait(command);
    barrier.awaitCaughtUp(projectionTimeout);
    return result;
  }

  /** Sends with metadata that overrides the request's defaults (e.g. the actor at sign-in). */
  public <R> R send(Object command, Map<String, ?> metadata) {
    R result = gateway.sendAndWait(withMetadata(command, metadata));
    barrier.awaitCaughtUp();
    return result;
  }

  /** Sends without waiting for projections: for commands whose effects no read model shows. */
  public <R> R sendUnprojected(Object command, Map<String, ?> metadata) {
    return gateway.sendAndWait(withMetadata(command, metadata));
  }

  private static Object withMetadata(Object command, Map<String, ?> metadata) {
    return GenericCommandMessage.asCommandMessage(command).andMetaData(metadata);
  }
}
