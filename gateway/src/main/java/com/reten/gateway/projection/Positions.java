package com.reten.gateway.projection;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Positions in the global event order, -1 before the first event. */
public final class Positions {

  private Positions() {}

  /** The position of the newest event in the store. */
  public static long head(EventStore events) {
    TrackingToken head = events.createHeadToken();
    return head == null ? -1 : head.position().orElse(-1);
  }

  /** The position up to which a processor's segment has handled events. */
  public static long of(EventTrackerStatus status) {
    return status.getCurrentPosition().orElse(-1);
  }
}
