package com.reten.gateway.events;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * A client that closes a live stream is how live streams normally end, not an error: there is
 * nobody left to answer and nothing to log.
 */
@RestControllerAdvice(
    assignableTypes = {EventStreamController.class, PlatformEventStreamController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class StreamDisconnects {

  @ExceptionHandler(AsyncRequestNotUsableException.class)
  void clientLeft() {
    // The response is gone with the client.
  }
}
