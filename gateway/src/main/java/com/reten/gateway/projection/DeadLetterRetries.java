package com.reten.gateway.projection;

import com.reten.api.error.RetenException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Retries and evictions of a processor's parked sequences, asked for by an operator.
 *
 * <p>A retry applies a sequence's letters in order, each in a transaction of its own that also
 * deletes the letter, through the processor's handlers and Axon's correlation interceptor (not
 * Axon's {@code process}, which runs them all in one transaction: on PostgreSQL the first failure
 * would abort it and lose the record of that failure). The delete comes first and locks the letter,
 * so a concurrent retry of the same sequence skips what this one applies. A letter that fails again
 * stays with its cause and retry count updated, and the rest of its sequence stays behind it.
 */
@Component
class DeadLetterRetries {

  static final String RETRIES = "retries";

  private static final Logger log = LoggerFactory.getLogger(DeadLetterRetries.class);

  /** How a sequence's retry ended. */
  enum Outcome {
    APPLIED,
    STILL_FAILING
  }

  private final EventProcessingConfiguration processing;
  private final DeadLetterReads reads;
  private final JdbcTemplate jdbc;

  /**
   * The one interceptor Axon gives every processor besides the tracking processor's own (which
   * stores the batch's token, and must not run here: it would move the token back to the letter).
   * It copies the event's tenant and actor onto the commands a handler sends.
   */
  private final CorrelationDataInterceptor<EventMessage<?>> correlation;

  DeadLetterRetries(
      EventProcessingConfiguration processing,
      DeadLetterReads reads,
      JdbcTemplate jdbc,
      Configuration configuration) {
    this.processing = processing;
    this.reads = reads;
    this.jdbc = jdbc;
    this.correlation = new CorrelationDataInterceptor<>(configuration.correlationDataProviders());
  }

  Outcome retry(String processor, String sequence) {
    SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor, sequence);
    List<EventMessageHandler> handlers = handlers(processor);
    // Letters the live processor parks behind this sequence meanwhile are taken in the next round.
    while (reads.count(processor, sequence) > 0) {
      for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence)) {
        try {
          apply(processor, handlers, (JdbcDeadLetter<?>) letter);
        } catch (Exception failure) {
          requeue(queue, processor, letter, failure);
          return Outcome.STILL_FAILING;
        }
      }
    }
    return Outcome.APPLIED;
  }

  /** Retries every sequence once; one still failing does not stop the others. */
  List<Outcome> retryAll(String processor) {
    List<Outcome> outcomes = new ArrayList<>();
    for (String sequence : reads.sequences(processor)) {
      outcomes.add(retry(processor, sequence));
    }
    return outcomes;
  }

  /** Drops a sequence's letters: the read model goes on without those events. */
  void evict(String processor, String sequence) {
    queue(processor, sequence);
    int evicted =
        jdbc.update(
            "DELETE FROM "
                + DeadLetterReads.TABLE
                + " WHERE processing_group = ? AND sequence_identifier = ?",
            processor,
            sequence);
    log.warn("Evicted {} dead letters of sequence {} from {}", evicted, sequence, processor);
  }

  private void apply(String processor, List<EventMessageHandler> handlers, JdbcDeadLetter<?> letter)
      throws Exception {
    TransactionManager transactions = processing.transactionManager(processor);
    UnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(letter.message());
    unitOfWork.attachTransaction(transactions);
    var result =
        unitOfWork.executeWithResult(
            () -> {
              if (jdbc.update(
                      "DELETE FROM " + DeadLetterReads.TABLE + " WHERE dead_letter_id = ?",
                      letter.getIdentifier())
                  == 0) {
                return null; // a concurrent retry applied it
              }
              return new DefaultInterceptorChain<>(
                      unitOfWork,
                      List.of(correlation),
                      message -> {
                        for (EventMessageHandler handler : handlers) {
                          handler.handle(message);
                        }
                        return null;
                      })
                  .proceed();
            });
    if (result.isExceptional()) {
      Throwable failure = result.exceptionResult();
      throw failure instanceof Exception exception ? exception : new IllegalStateException(failure);
    }
  }

  private void requeue(
      SequencedDeadLetterQueue<EventMessage<?>> queue,
      String processor,
      DeadLetter<? extends EventMessage<?>> letter,
      Exception failure) {
    log.error(
        "Retry of dead letter {} ({}) of {} failed; it stays parked",
        letter.message().getIdentifier(),
        letter.message().getPayloadType().getSimpleName(),
        processor,
        failure);
    int retries = letter.diagnostics().get(RETRIES) instanceof Number n ? n.intValue() : 0;
    queue.requeue(
        letter,
        parked ->
            parked
                .withCause(DeadLetterCauses.of(failure))
                .withDiagnostics(parked.diagnostics().and(RETRIES, retries + 1)));
  }

  private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor, String sequence) {
    return processing
        .deadLetterQueue(processor)
        .filter(queue -> queue.contains(sequence))
        .orElseThrow(
            () -> RetenException.notFound("Dead-letter sequence " + sequence + " of " + processor));
  }

  private List<EventMessageHandler> handlers(String processor) {
    return ProcessorHandlers.of(
        processing.eventProcessor(processor, AbstractEventProcessor.class).orElseThrow());
  }
}
