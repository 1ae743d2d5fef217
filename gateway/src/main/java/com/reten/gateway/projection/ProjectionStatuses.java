package com.reten.gateway.projection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/** Every event processor of this instance with its position, lag and latest replay. */
@Component
class ProjectionStatuses {

  private final EventProcessingConfiguration processing;
  private final ProjectionReplays replays;
  private final DeadLetterReads deadLetters;

  ProjectionStatuses(
      EventProcessingConfiguration processing,
      ProjectionReplays replays,
      DeadLetterReads deadLetters) {
    this.processing = processing;
    this.replays = replays;
    this.deadLetters = deadLetters;
  }

  List<ProjectionResponse> all() {
    long head = replays.head();
    Map<String, Long> parked = deadLetters.counts();
    return processing.eventProcessors().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .map(entry -> describe(entry.getKey(), entry.getValue(), head, parked))
        .toList();
  }

  Optional<ProjectionResponse> one(String name) {
    long head = replays.head();
    Map<String, Long> parked = deadLetters.counts();
    return processing
        .eventProcessor(name)
        .map(processor -> describe(name, processor, head, parked));
  }

  private ProjectionResponse describe(
      String name, EventProcessor processor, long head, Map<String, Long> parked) {
    long letters = parked.getOrDefault(name, 0L);
    Optional<ProjectionReplay> replay = replays.latest(name);
    boolean replayable = ReadModels.replayable(name).isPresent();
    String whyNot = replayable ? null : ReadModels.whyNot(name);
    ReplayResponse latest = replay.map(ReplayResponse::of).orElse(null);
    if (!(processor instanceof StreamingEventProcessor streaming)) {
      // Applied in the transaction that stores each event: always at the head.
      String status =
          replay.filter(ProjectionReplay::running).isPresent() ? "REPLAYING" : "RUNNING";
      return new ProjectionResponse(
          name, "SUBSCRIBING", status, head, 0L, letters, replayable, whyNot, latest);
    }
    OptionalLong position =
        streaming.processingStatus().values().stream().mapToLong(Positions::of).min();
    Long lag = position.isPresent() ? Math.max(0, head - position.getAsLong()) : null;
    String status = status(streaming, position, replay.filter(ProjectionReplay::running));
    return new ProjectionResponse(
        name,
        "TRACKING",
        status,
        position.isPresent() ? position.getAsLong() : null,
        lag,
        letters,
        replayable,
        whyNot,
        latest);
  }

  private static String status(
      StreamingEventProcessor processor,
      OptionalLong position,
      Optional<ProjectionReplay> running) {
    if (running.isPresent()) {
      return "REPLAYING";
    }
    if (processor.isError()
        || processor.processingStatus().values().stream()
            .anyMatch(EventTrackerStatus::isErrorState)) {
      return "ERROR";
    }
    if (!processor.isRunning()) {
      return "STOPPED";
    }
    return position.isPresent() ? "RUNNING" : "CLAIMED_ELSEWHERE";
  }
}
