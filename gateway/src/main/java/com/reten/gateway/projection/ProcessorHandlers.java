package com.reten.gateway.projection;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;

/**
 * A processor's event handlers without its dead-letter queue: what a rebuild and a retry run, since
 * going through the queue would park the events they are meant to apply.
 */
final class ProcessorHandlers {

  private ProcessorHandlers() {}

  static List<EventMessageHandler> of(AbstractEventProcessor processor) {
    List<EventMessageHandler> handlers = new ArrayList<>();
    collect(processor.eventHandlerInvoker(), handlers);
    return handlers;
  }

  /** The handlers in an invoker whose failures stop the processor (the rebuild then fails). */
  static EventHandlerInvoker invoker(AbstractEventProcessor processor) {
    return SimpleEventHandlerInvoker.builder()
        .eventHandlers(of(processor))
        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
        .build();
  }

  /**
   * Drops the dead-lettering invokers' caches of sequences absent from the queue, which miss an
   * enqueue made around them; they then ask the queue again. (Axon's multi-invoker does not pass
   * {@code segmentReleased} on, so each is told directly.)
   */
  static void forgetAbsentSequences(AbstractEventProcessor processor, Segment segment) {
    forget(processor.eventHandlerInvoker(), segment);
  }

  private static void forget(EventHandlerInvoker invoker, Segment segment) {
    if (invoker instanceof MultiEventHandlerInvoker multi) {
      multi.delegates().forEach(delegate -> forget(delegate, segment));
    } else if (invoker instanceof DeadLetteringEventHandlerInvoker deadLettering) {
      deadLettering.segmentReleased(segment);
    }
  }

  private static void collect(EventHandlerInvoker invoker, List<EventMessageHandler> handlers) {
    if (invoker instanceof MultiEventHandlerInvoker multi) {
      multi.delegates().forEach(delegate -> collect(delegate, handlers));
    } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
      handlers.addAll(simple.eventHandlers());
    } else {
      throw new IllegalStateException("Unexpected event handler invoker " + invoker.getClass());
    }
  }
}
