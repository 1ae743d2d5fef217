package com.reten.gateway.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.api.activity.ActivityHistoryEntry;
import java.time.Instant;

/** One event of GET /api/activities/{id}/history (API.md 4.2). */
record ActivityHistoryResponse(
    long sequence,
    String eventType,
    Instant occurredAt,
    Actor actor,
    String correlationId,
    JsonNode payload) {

  record Actor(String type, String id) {}

  static ActivityHistoryResponse of(ActivityHistoryEntry entry, ObjectMapper json) {
    return new ActivityHistoryResponse(
        entry.sequence(),
        entry.eventType(),
        entry.occurredAt(),
        new Actor(entry.actorType(), entry.actorId()),
        entry.correlationId(),
        json.valueToTree(entry.payload()));
  }
}
