package com.reten.gateway.projection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a tracking processor with a dead-letter queue does with a batch that failed.
 *
 * <p>A batch is one transaction, and on PostgreSQL a failed statement aborts it, so the failing
 * event cannot simply be parked beside the others; worse, Hibernate may only fail at commit, when
 * no single event is to blame. So the whole batch rolls back, and this handler — still on the
 * processor's thread, still holding its claim — applies the batch again one event per transaction,
 * through the processor's own interceptors and handlers, each transaction storing that event's
 * token. An event that fails alone is parked in the dead-letter queue, in a transaction of its own
 * that also moves the token past it; later events of the same aggregate are then parked behind it
 * by Axon's dead-lettering invoker, and every other aggregate flows on. The next batch is again
 * applied whole: isolation costs one event per transaction only for a batch that failed.
 *
 * <p>A lost database, or a claim another node took over, is not the event's fault: such a failure
 * is rethrown and the processor retries the batch later (or lets the other node have it), as
 * without a queue. So is any failure of a processor without a queue.
 */
final class DeadLetterIsolation implements ErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterIsolation.class);

  private final Configuration configuration;

  DeadLetterIsolation(Configuration configuration) {
    this.configuration = configuration;
  }

  /** The dead-letter policy: never enqueue in the batch, roll it back (see the class comment). */
  static EnqueueDecision<EventMessage<?>> deferToIsolation(
      DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
    throw cause instanceof RuntimeException runtime ? runtime : new EventNotApplied(cause);
  }

  @Override
  public void handleError(ErrorContext context) throws Exception {
    EventProcessingConfiguration processing = configuration.eventProcessingConfiguration();
    String name = context.eventProcessor();
    Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.deadLetterQueue(name);
    Optional<TrackingEventProcessor> processor =
        processing.eventProcessor(name, TrackingEventProcessor.class);
    Optional<Segment> segment = processor.flatMap(DeadLetterIsolation::onlySegment);
    if (queue.isEmpty()
        || segment.isEmpty()
        || notTheEvents(context.error())
        || !context.failedEvents().stream().allMatch(TrackedEventMessage.class::isInstance)) {
      throw rethrowable(context.error());
    }
    log.warn(
        "Processor {} failed on a batch of {} events; applying them one by one",
        name,
        context.failedEvents().size());
    var batch = new Batch(name, processor.get(), segment.get(), queue.get(), processing);
    for (EventMessage<?> event : context.failedEvents()) {
      batch.applyAlone((TrackedEventMessage<?>) event);
    }
  }

  /**
   * A lost database, or a segment another node has claimed meanwhile (it applies these events now):
   * failures that parking the event would not cure.
   */
  private static boolean notTheEvents(Throwable failure) {
    return DatabaseFailures.areTransient(failure)
        || ExceptionUtils.findException(failure, UnableToClaimTokenException.class).isPresent();
  }

  /** The segment this node processes; a processor is configured with one per node. */
  private static Optional<Segment> onlySegment(TrackingEventProcessor processor) {
    Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
    return statuses.size() == 1
        ? Optional.of(statuses.values().iterator().next().getSegment())
        : Optional.empty();
  }

  private static Exception rethrowable(Throwable error) {
    return error instanceof Exception exception ? exception : new EventNotApplied(error);
  }

  /** The failed batch of one processor, applied again one event per transaction. */
  private record Batch(
      String processorName,
      TrackingEventProcessor processor,
      Segment segment,
      SequencedDeadLetterQueue<EventMessage<?>> queue,
      EventProcessingConfiguration processing) {

    void applyAlone(TrackedEventMessage<?> event) throws Exception {
      try {
        apply(event);
      } catch (Exception failure) {
        if (notTheEvents(failure)) {
          throw failure;
        }
        park(event, failure);
      }
    }

    /** As the processor applies a batch of one: its interceptors, its invoker, its token. */
    private void apply(TrackedEventMessage<?> event) throws Exception {
      UnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
      unitOfWork.attachTransaction(processing.transactionManager(processorName));
      // The keys under which TrackingEventProcessor's own interceptor finds the segment and the
      // token it stores in the event's transaction.
      unitOfWork
          .resources()
          .put("Processor[" + processorName + "]/SegmentId", segment.getSegmentId());
      unitOfWork.resources().put("Processor[" + processorName + "]/Token", event.trackingToken());
      List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors =
          processor.getHandlerInterceptors();
      var result =
          unitOfWork.executeWithResult(
              () ->
                  new DefaultInterceptorChain<>(
                          unitOfWork,
                          interceptors,
                          message -> {
                            processor.eventHandlerInvoker().handle(message, segment);
                            return null;
                          })
                      .proceed());
      if (result.isExceptional()) {
        throw rethrowable(result.exceptionResult());
      }
    }

    private void park(TrackedEventMessage<?> event, Exception failure) {
      Object sequence = sequenceOf(event);
      processing
          .transactionManager(processorName)
          .executeInTransaction(
              () -> {
                queue.enqueue(
                    sequence,
                    new GenericDeadLetter<>(sequence, event, DeadLetterCauses.of(failure)));
                processing
                    .tokenStore(processorName)
                    .storeToken(event.trackingToken(), processorName, segment.getSegmentId());
              });
      // So that the aggregate's next events are parked behind this one.
      ProcessorHandlers.forgetAbsentSequences(processor, segment);
      // Logged once parked: should parking fail, the processor logs that failure and retries.
      log.error(
          "Processor {} could not apply event {} ({}) of sequence {}; parked it as a dead letter",
          processorName,
          event.getIdentifier(),
          event.getPayloadType().getSimpleName(),
          sequence,
          failure);
    }

    /** The sequence Axon's dead-lettering invoker files the event under: its aggregate, mostly. */
    private Object sequenceOf(EventMessage<?> event) {
      Object sequence = processing.sequencingPolicy(processorName).getSequenceIdentifierFor(event);
      return sequence != null ? sequence : event.getIdentifier();
    }
  }

  /** A handler's failure that was not an exception (an Error) carried out as one. */
  static final class EventNotApplied extends RuntimeException {
    EventNotApplied(Throwable cause) {
      super(cause.getClass().getName(), cause);
    }
  }
}
