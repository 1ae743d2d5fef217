package com.reten.api.eventlog;

import java.time.Instant;

/**
 * One event of a stream, as auditors and analytics consumers read it.
 *
 * @param position the event's place in the stream; later events always have higher positions
 * @param aggregateType the aggregate's type name ({@code Activity}), or {@code null}
 * @param aggregateId the aggregate's id, or {@code null} for an event of no aggregate
 * @param sequence the event's sequence number within its aggregate, or {@code null}
 * @param eventType the event class's simple name
 * @param revision the payload's {@code @Revision}
 * @param occurredAt when the event was stored
 * @param actorType an {@link com.reten.api.audit.ActorType} name, or {@code null}
 * @param actorId the actor's id, or {@code null}
 * @param correlationId the x-request-id of the request that caused it, or {@code null}
 * @param payload the event as JSON text, secrets redacted
 */
public record EventLogEntry(
    long position,
    String aggregateType,
    String aggregateId,
    Long sequence,
    String eventType,
    String revision,
    Instant occurredAt,
    String actorType,
    String actorId,
    String correlationId,
    String payload) {}
