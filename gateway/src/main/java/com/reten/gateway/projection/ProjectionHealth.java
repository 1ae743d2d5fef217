package com.reten.gateway.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code projections} health component and the dead-letter gauge. A processor in error (not
 * moving) or holding parked events makes health DEGRADED: still 200, because the API serves, but no
 * longer a plain UP, since some read models are stale or miss events.
 */
@Component("projections")
class ProjectionHealth extends AbstractHealthIndicator {

  static final Status DEGRADED =
      new Status("DEGRADED", "A processor is in error or holds parked events");

  private final EventProcessingConfiguration processing;
  private final DeadLetterReads deadLetters;
  private final MeterRegistry meters;

  ProjectionHealth(
      EventProcessingConfiguration processing, DeadLetterReads deadLetters, MeterRegistry meters) {
    super("Projection health could not be read");
    this.processing = processing;
    this.deadLetters = deadLetters;
    this.meters = meters;
  }

  /** A failure here (the database is gone) is reported DOWN by the base class, never thrown. */
  @Override
  protected void doHealthCheck(Health.Builder health) {
    List<String> inError =
        processing.eventProcessors().entrySet().stream()
            .filter(entry -> inError(entry.getValue()))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    Map<String, Long> parked = deadLetters.counts();
    if (inError.isEmpty() && parked.isEmpty()) {
      health.up();
    } else {
      health.status(DEGRADED).withDetail("inError", inError).withDetail("deadLetters", parked);
    }
  }

  /**
   * Prometheus: {@code reten_projection_dead_letters{processor="…"}} per queue-holding processor.
   */
  @EventListener(ApplicationReadyEvent.class)
  void registerGauges() {
    processing.eventProcessors().keySet().stream()
        .filter(name -> processing.deadLetterQueue(name).isPresent())
        .forEach(
            name ->
                Gauge.builder("reten.projection.dead.letters", () -> deadLetters.count(name))
                    .description("Events this processor parked because it could not apply them")
                    .tag("processor", name)
                    .register(meters));
  }

  private static boolean inError(Object processor) {
    return processor instanceof StreamingEventProcessor streaming
        && (streaming.isError()
            || streaming.processingStatus().values().stream()
                .anyMatch(EventTrackerStatus::isErrorState));
  }
}
