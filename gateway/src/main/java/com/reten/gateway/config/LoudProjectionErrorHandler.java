package com.reten.gateway.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's default handler logs a failing projection and moves on, silently losing the event from the
 * read model. This one logs at ERROR with the event id and rethrows, so the processor stops that
 * segment, keeps its token before the event, and retries with back-off until the cause is fixed.
 */
class LoudProjectionErrorHandler implements ListenerInvocationErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(LoudProjectionErrorHandler.class);

  @Override
  public void onError(Exception exception, EventMessage<?> event, EventMessageHandler handler)
      throws Exception {
    log.error(
        "Projection {} failed on event {} ({}); its processor halts here and retries",
        handler.getTargetType().getSimpleName(),
        event.getIdentifier(),
        event.getPayloadType().getSimpleName(),
        exception);
    throw exception;
  }
}
