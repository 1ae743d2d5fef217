package com.reten.gateway.events;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.reten.api.eventlog.EventLogEntry;
import io.swagger.v3.oas.annotations.media.Schema;
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
    // Object, not String, so the document says "any JSON" rather than "a string"; Jackson writes
    // the stored JSON text (toString) as it is.
    @Schema(description = "The event's payload at its current revision, secrets redacted")
        @JsonRawValue
        Object payload) {

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
