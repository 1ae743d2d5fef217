package com.reten.gateway.command;

import java.time.Duration;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * How controllers send commands: waits for the command's result, then for this node's projections
 * that handle the events it published to reach them, so the response and the caller's next GET see
 * the change. Projections that handle none of those events are not waited for: a busy one (say, a
 * commerce sync's) never delays an unrelated write.
 */
@Component
public class Commands {

  private final CommandGateway gateway;
  private final ProjectionBarrier barrier;
  private final PublishedEvents published;

  Commands(CommandGateway gateway, ProjectionBarrier barrier, PublishedEvents published) {
    this.gateway = gateway;
    this.barrier = barrier;
    this.published = published;
  }

  public <R> R send(Object command) {
    return sendAndAwait(command, barrier.timeout());
  }

  /**
   * Sends a command whose events take the projections longer than one change does (a bulk upsert),
   * waiting for them up to {@code projectionTimeout} instead of the usual bound.
   */
  public <R> R send(Object command, Duration projectionTimeout) {
    return sendAndAwait(command, projectionTimeout);
  }

  /** Sends with metadata that overrides the request's defaults (e.g. the actor at sign-in). */
  public <R> R send(Object command, Map<String, ?> metadata) {
    return sendAndAwait(withMetadata(command, metadata), barrier.timeout());
  }

  /** Sends without waiting for projections: for commands whose effects no read model shows. */
  public <R> R sendUnprojected(Object command, Map<String, ?> metadata) {
    return gateway.sendAndWait(withMetadata(command, metadata));
  }

  private <R> R sendAndAwait(Object command, Duration projectionTimeout) {
    PublishedEvents.Sent<R> sent = published.during(() -> gateway.sendAndWait(command));
    barrier.awaitCaughtUp(sent.eventTypes(), projectionTimeout);
    return sent.result();
  }

  private static Object withMetadata(Object command, Map<String, ?> metadata) {
    return GenericCommandMessage.asCommandMessage(command).andMetaData(metadata);
  }
}
