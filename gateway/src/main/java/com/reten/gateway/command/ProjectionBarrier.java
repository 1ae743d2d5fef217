package com.reten.gateway.command;

import com.reten.gateway.projection.Positions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Waits until every streaming processor running on this node that handles any of a write's event
 * types has handled the event store's head, bounded by a timeout. Processors in error are not
 * waited for (they would never catch up), and segments owned by other nodes are not visible here,
 * so with several nodes this is best effort.
 */
@Component
public class ProjectionBarrier {

  /** The processor that writes the event stream's table (GET /api/events). */
  public static final String EVENT_LOG = "event-log";

  private static final long PAUSE_NANOS = Duration.ofMillis(1).toNanos();

  /**
   * Processors a write never waits for. kafka-publisher feeds another system: a slow broker must
   * not slow the API down. The event log takes every event of every write, and creates waited on it
   * longer than on the read models they show; the event stream waits for it when read instead
   * ({@link #awaitHead}), so a client still finds its own writes there.
   */
  private static final Set<String> NOT_WAITED_FOR = Set.of("kafka-publisher", EVENT_LOG);

  private final EventStore eventStore;
  private final EventProcessingConfiguration processing;
  private final Duration timeout;
  private final Timer lag;
  private final Map<Class<?>, List<StreamingEventProcessor>> feedersOf = new ConcurrentHashMap<>();

  ProjectionBarrier(
      EventStore eventStore,
      EventProcessingConfiguration processing,
      MeterRegistry meters,
      @Value("${reten.read-your-writes.timeout:2s}") Duration timeout) {
    this.eventStore = eventStore;
    this.processing = processing;
    this.timeout = timeout;
    this.lag =
        Timer.builder("reten.projection.lag")
            .description("Time from a command's completion until this node's projections have it")
            .publishPercentiles(0.5, 0.95, 0.99)
            .register(meters);
  }

  /** The configured bound of one write's wait. */
  Duration timeout() {
    return timeout;
  }

  /** Waits, up to {@code limit}, for the processors that handle any of {@code eventTypes}. */
  void awaitCaughtUp(Set<Class<?>> eventTypes, Duration limit) {
    long start = System.nanoTime();
    Set<StreamingEventProcessor> feeding = new HashSet<>();
    for (Class<?> type : eventTypes) {
      feeding.addAll(feedersOf.computeIfAbsent(type, this::feeding));
    }
    // Nothing to wait for (an activity's events feed inline models only): not even the head query.
    if (feeding.isEmpty()) {
      return;
    }
    await(feeding, start + limit.toNanos());
    lag.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }

  /**
   * Waits, up to the configured bound, until the named processor has handled every event stored
   * before the call; at once when it does not run on this node.
   */
  public void awaitHead(String processor) {
    processing
        .eventProcessor(processor, StreamingEventProcessor.class)
        .ifPresent(streaming -> await(Set.of(streaming), System.nanoTime() + timeout.toNanos()));
  }

  private void await(Set<StreamingEventProcessor> processors, long deadline) {
    long target = Positions.head(eventStore);
    while (!caughtUp(processors, target) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(PAUSE_NANOS);
    }
  }

  /**
   * The streaming processors whose handlers take {@code eventType}. The processors are fixed once
   * the application runs, so this is asked once per event type, not on every write.
   */
  private List<StreamingEventProcessor> feeding(Class<?> eventType) {
    return processing.eventProcessors().entrySet().stream()
        .filter(processor -> !NOT_WAITED_FOR.contains(processor.getKey()))
        .map(Map.Entry::getValue)
        .filter(StreamingEventProcessor.class::isInstance)
        .filter(processor -> handles(processor, eventType))
        .map(StreamingEventProcessor.class::cast)
        .toList();
  }

  private static boolean handles(EventProcessor processor, Class<?> eventType) {
    return !(processor instanceof AbstractEventProcessor withHandlers)
        || withHandlers.eventHandlerInvoker().canHandleType(eventType);
  }

  private static boolean caughtUp(Set<StreamingEventProcessor> processors, long target) {
    return processors.stream()
        .filter(StreamingEventProcessor::isRunning)
        .flatMap(processor -> processor.processingStatus().values().stream())
        .filter(status -> !status.isErrorState())
        .allMatch(status -> Positions.of(status) >= target);
  }
}
