package com.reten.gateway.command;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The payload types of the events a command published. The command bus runs a command on the
 * sender's thread and the event store intercepts the command's events on that thread as its unit of
 * work commits, so an interceptor that notes them for the thread sees exactly that command's.
 */
@Component
class PublishedEvents {

  /** A command's result and the payload types of the events it published. */
  record Sent<R>(R result, Set<Class<?>> eventTypes) {}

  private final ThreadLocal<Set<Class<?>>> recording = new ThreadLocal<>();

  PublishedEvents(EventStore events) {
    events.registerDispatchInterceptor(
        messages ->
            (index, message) -> {
              Set<Class<?>> types = recording.get();
              if (types != null) {
                types.add(message.getPayloadType());
              }
              return message;
            });
  }

  /** Runs {@code send} and notes the types of the events published on this thread meanwhile. */
  <R> Sent<R> during(Supplier<R> send) {
    Set<Class<?>> outer = recording.get();
    Set<Class<?>> types = new HashSet<>();
    recording.set(types);
    try {
      return new Sent<>(send.get(), types);
    } finally {
      if (outer == null) {
        recording.remove();
      } else {
        outer.addAll(types);
        recording.set(outer);
      }
    }
  }
}
