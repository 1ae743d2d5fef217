package com.reten.gateway.events;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.reten.api.eventlog.EventLogEntry;
import java.time.Instant;

/** One event of GET /api/events (API.md 6). */
record EventResponse(
    String cursor,
    String aggregateType,
    String aggregateId,
    Long sequence,
    String eventType,
    String revision,
    Instant occurredAt,
    Actor actor,
    String correlationId,
    @JsonRawValue String payload) {

  record Actor(String type, String id) {}

  static EventResponse of(EventLogEntry entry) {
    return new EventResponse(
        EventCursor.of(entry.position()),
        entry.aggregateType(),
        entry.aggregateId(),
        entry.sequence(),
        entry.eventType(),
        entry.revision(),
        entry.occurredAt(),
        new Actor(entry.actorType(), entry.actorId()),
        entry.correlationId(),
        entry.payload());
  }
}
