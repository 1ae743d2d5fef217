package com.reten.gateway.projection;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts replays and remembers the latest one of each processor on this node. One replay per
 * processor at a time; different processors may replay at once.
 */
@Component
class ProjectionReplays {

  /** The namespace of the advisory locks that claim a model's replay (see {@link #claim}). */
  static final int REPLAY_CLAIMS = 0x52455043;

  private final EventProcessingConfiguration processing;
  private final EventStore events;
  private final TokenStore tokens;
  private final TransactionManager transactions;
  private final ShadowTables shadow;
  private final InlineWrites inlineWrites;
  private final JdbcTemplate jdbc;
  private final ReplayProperties properties;
  private final Clock clock;
  private final Map<String, ProjectionReplay> latest = new ConcurrentHashMap<>();
  private final ExecutorService runner =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "projection-replay");
            thread.setDaemon(true);
            return thread;
          });

  ProjectionReplays(
      EventProcessingConfiguration processing,
      EventStore events,
      TokenStore tokens,
      TransactionManager transactions,
      ShadowTables shadow,
      InlineWrites inlineWrites,
      JdbcTemplate jdbc,
      ReplayProperties properties,
      Clock clock) {
    this.processing = processing;
    this.events = events;
    this.tokens = tokens;
    this.transactions = transactions;
    this.shadow = shadow;
    this.inlineWrites = inlineWrites;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  synchronized ProjectionReplay start(String name) {
    EventProcessor processor =
        processing
            .eventProcessor(name)
            .orElseThrow(() -> RetenException.notFound("Projection " + name));
    ReadModel model =
        ReadModels.replayable(name).orElseThrow(() -> notReplayable(name, ReadModels.whyNot(name)));
    if (latest(name).filter(ProjectionReplay::running).isPresent()) {
      throw new RetenException(
          ErrorCode.PROJECTION_REPLAY_RUNNING, "A replay of " + name + " is already running");
    }
    LiveWriter live = liveWriter(name, model, processor);
    SessionLock claim = claim(model);
    try {
      var replay =
          new ProjectionReplay(
              model,
              live,
              // liveWriter accepted only a subscribing or a tracking processor.
              rebuilder(model, (AbstractEventProcessor) processor),
              shadow,
              claim,
              this::head,
              clock);
      latest.put(name, replay);
      runner.execute(replay);
      return replay;
    } catch (RuntimeException e) {
      claim.close();
      throw e;
    }
  }

  /**
   * The model's replay claim, held until the replay has ended: the shadow schema and the rebuild's
   * token are shared by every instance, so only one instance may replay a model at a time. (A
   * tracking model's replay also needs its segment; an inline model has none.)
   */
  private SessionLock claim(ReadModel model) {
    return SessionLock.tryTake(jdbc.getDataSource(), REPLAY_CLAIMS, model.lockKey())
        .orElseThrow(
            () ->
                new RetenException(
                    ErrorCode.PROJECTION_REPLAY_RUNNING,
                    "A replay of " + model.processor() + " is running on another instance"));
  }

  Optional<ProjectionReplay> latest(String name) {
    return Optional.ofNullable(latest.get(name));
  }

  long head() {
    return Positions.head(events);
  }

  /**
   * A replay cut short by a crash leaves its copy behind; nothing can resume it, so drop it —
   * unless another instance holds the model's claim: that copy is its replay's, running.
   */
  @EventListener(ApplicationReadyEvent.class)
  void discardLeftovers() {
    for (ReadModel model : ReadModels.REPLAYABLE) {
      SessionLock.tryTake(jdbc.getDataSource(), REPLAY_CLAIMS, model.lockKey())
          .ifPresent(
              claim -> {
                try (claim) {
                  shadow.discard(model);
                }
              });
    }
  }

  private LiveWriter liveWriter(String name, ReadModel model, EventProcessor processor) {
    if (processor instanceof SubscribingEventProcessor) {
      return LiveWriter.inline(inlineWrites, model);
    }
    if (!(processor instanceof TrackingEventProcessor live)) {
      throw notReplayable(name, ReadModels.whyNot(name));
    }
    if (live.isRunning() && live.processingStatus().isEmpty()) {
      throw notReplayable(
          name, "another instance holds its segment; send the replay to that instance");
    }
    return LiveWriter.tracking(live);
  }

  private TrackingEventProcessor rebuilder(ReadModel model, AbstractEventProcessor live) {
    var rebuild =
        TrackingEventProcessor.builder()
            .name(model.rebuildProcessor())
            .eventHandlerInvoker(ProcessorHandlers.invoker(live))
            .messageSource(events)
            .tokenStore(tokens)
            .transactionManager(transactions)
            .trackingEventProcessorConfiguration(
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                    .andBatchSize(properties.batchSize())
                    .andInitialTrackingToken(StreamableMessageSource::createTailToken))
            .build();
    rebuild.registerHandlerInterceptor(new ShadowSchemaInterceptor(model.shadowSchema(), jdbc));
    return rebuild;
  }

  private static RetenException notReplayable(String name, String reason) {
    return new RetenException(
        ErrorCode.PROJECTION_NOT_REPLAYABLE, name + " cannot be replayed: " + reason);
  }

  @PreDestroy
  void stop() {
    runner.shutdownNow();
  }
}
