package com.reten.commandside.result;

import com.reten.api.activity.ActivityResolutionRequest;
import com.reten.api.activity.CreateActivityCommand;
import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import com.reten.api.audit.EventMetadata;
import com.reten.api.error.ErrorDetails;
import com.reten.api.result.ActivityFollowUpRequestedEvent;
import com.reten.api.result.RecordFollowUpFailureCommand;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the follow-up activity a result asked for (a RESCHEDULE). The follow-up's id derives from
 * its idempotency key, so it exists at most once: an event met again (a retry, a replay) finds it
 * and does nothing. It is created in a transaction of its own, on a thread of its own: inside the
 * processor's transaction a refused creation would mark that transaction rollback-only and the
 * processor would retry the event forever. A refusal (the commerce or route became inactive) is
 * logged at ERROR and recorded on the original activity as {@code ActivityFollowUpFailedEvent}; any
 * other failure stops this processor, which retries with back-off. The follow-up is created in the
 * name of whoever submitted the result, under the same correlation id.
 */
@Component
@ProcessingGroup("activity-follow-ups")
class ResultFollowUps {

  private static final Logger log = LoggerFactory.getLogger(ResultFollowUps.class);
  private static final List<String> CARRIED =
      List.of(
          EventMetadata.TENANT_ID,
          EventMetadata.ACTOR_TYPE,
          EventMetadata.ACTOR_ID,
          EventMetadata.CORRELATION_ID);

  private final CommandGateway commands;
  private final EventStore events;
  private final Clock clock;
  private final ExecutorService ownTransactions =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "activity-follow-ups");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * "Same targets" (API.md §4.5): the person the rescheduled activity reached, i.e. the commerce
   * user of the latest result on this commerce and channel — the one just recorded — with the usual
   * fallbacks when it named nobody.
   */
  private static final ActivityResolutionRequest SAME_PERSON =
      new ActivityResolutionRequest(
          List.of(
              new TargetCriterion(TargetCriterionType.LAST_CONTACTED_SAME_CHANNEL, Map.of(), 0)),
          List.of(),
          List.of());

  ResultFollowUps(CommandGateway commands, EventStore events, Clock clock) {
    this.commands = commands;
    this.events = events;
    this.clock = clock;
  }

  @EventHandler
  void on(ActivityFollowUpRequestedEvent event, MetaData metadata) throws Exception {
    if (exists(event)) {
      return;
    }
    var create =
        new CreateActivityCommand(
            event.tenantId(),
            event.followUpActivityId(),
            event.followUp(),
            clock.instant(),
            SAME_PERSON);
    Optional<ErrorDetails> refusal = sendAlone(create, carried(metadata));
    if (refusal.isEmpty() || exists(event)) {
      return;
    }
    log.error(
        "Follow-up {} of activity {} (result {}) was refused: {} {}",
        event.followUpActivityId(),
        event.activityId(),
        event.resultId(),
        refusal.get().code(),
        refusal.get().message());
    var failure =
        new RecordFollowUpFailureCommand(
            event.tenantId(),
            event.activityId(),
            event.resultId(),
            event.followUpActivityId(),
            refusal.get().code().name(),
            refusal.get().message(),
            clock.instant());
    sendAlone(failure, carried(metadata))
        .ifPresent(
            details -> {
              throw new IllegalStateException("Cannot record the follow-up failure: " + details);
            });
  }

  private boolean exists(ActivityFollowUpRequestedEvent event) {
    return events.lastSequenceNumberFor(event.followUpActivityId().toString()).isPresent();
  }

  /**
   * Sends {@code command} in its own unit of work and transaction; returns the business refusal, if
   * any, and throws any other failure.
   */
  private Optional<ErrorDetails> sendAlone(Object command, Map<String, Object> metadata)
      throws Exception {
    var message = GenericCommandMessage.asCommandMessage(command).andMetaData(metadata);
    try {
      ownTransactions.submit(() -> commands.sendAndWait(message)).get();
      return Optional.empty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CommandExecutionException refused
          && refused.getDetails().orElse(null) instanceof ErrorDetails details) {
        return Optional.of(details);
      }
      throw e;
    }
  }

  private static Map<String, Object> carried(MetaData metadata) {
    Map<String, Object> carried = new HashMap<>();
    CARRIED.forEach(
        key -> Optional.ofNullable(metadata.get(key)).ifPresent(v -> carried.put(key, v)));
    return carried;
  }

  @PreDestroy
  void stop() {
    ownTransactions.shutdownNow();
  }
}
