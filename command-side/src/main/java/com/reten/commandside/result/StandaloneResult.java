package com.reten.commandside.result;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.result.ActivityResult;
import com.reten.api.result.StandaloneResultRecordedEvent;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A result that matched no activity. It never changes after it is recorded; it is an aggregate only
 * so its event has a stream of its own (results about an activity are events of that activity).
 */
@Aggregate
public class StandaloneResult {

  @AggregateIdentifier private UUID resultId;

  protected StandaloneResult() {}

  StandaloneResult(UUID tenantId, ActivityResult result, Instant at) {
    apply(new StandaloneResultRecordedEvent(tenantId, result.id(), result, at));
  }

  @EventSourcingHandler
  void on(StandaloneResultRecordedEvent event) {
    resultId = event.resultId();
  }
}
