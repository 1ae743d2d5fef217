package com.reten.api.activity;

import java.time.Instant;

/**
 * One event of an activity as the event store holds it.
 *
 * @param sequence the aggregate sequence number
 * @param eventType the event class's simple name
 * @param occurredAt the event message's timestamp
 * @param actorType an {@link com.reten.api.audit.ActorType} name, or {@code null}
 * @param actorId the actor's id, or {@code null}
 * @param correlationId the x-request-id of the request that caused it, or {@code null}
 * @param payload the event record itself
 */
public record ActivityHistoryEntry(
    long sequence,
    String eventType,
    Instant occurredAt,
    String actorType,
    String actorId,
    String correlationId,
    Object payload) {}
