package com.reten.gateway.config;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

/**
 * A tracking processor's monitors, fed only the events of a type the processor has a handler for.
 * Every tracking processor reads every event and reports the ones it has no handler for as
 * "ignored", and Axon's four Micrometer monitors per processor each record them (a counter, a timer
 * and a capacity sample per event, looked up by tags): with a dozen processors that was ~7 % of the
 * app's CPU under a create-activity load (async-profiler, 2026-12-07), for counts of events nobody
 * asked a processor to handle. So {@code eventProcessor_latency} is the lag of the last event the
 * processor took a handler to, and the ignored counter counts only events of a handled type left
 * out for another reason (another segment's, say).
 */
final class HandledTypesMonitor implements MessageMonitor<Message<?>> {

  private final MessageMonitor<Message<?>> delegate;
  private final Supplier<Optional<EventProcessor>> processor;
  private final Map<Class<?>, Boolean> handled = new ConcurrentHashMap<>();

  HandledTypesMonitor(
      MessageMonitor<Message<?>> delegate, Supplier<Optional<EventProcessor>> processor) {
    this.delegate = delegate;
    this.processor = processor;
  }

  @Override
  public MonitorCallback onMessageIngested(Message<?> message) {
    return handles(message.getPayloadType())
        ? delegate.onMessageIngested(message)
        : NoOpMessageMonitorCallback.INSTANCE;
  }

  // The processor exists only once the configuration has started, after its monitor was made;
  // until then (and for a processor of another kind) every type counts as handled.
  private boolean handles(Class<?> payloadType) {
    Boolean known = handled.get(payloadType);
    if (known != null) {
      return known;
    }
    Optional<EventProcessor> found = processor.get();
    if (found.isEmpty() || !(found.get() instanceof AbstractEventProcessor eventProcessor)) {
      return true;
    }
    return handled.computeIfAbsent(
        payloadType, type -> eventProcessor.eventHandlerInvoker().canHandleType(type));
  }
}
