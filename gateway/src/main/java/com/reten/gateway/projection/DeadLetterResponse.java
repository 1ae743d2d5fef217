package com.reten.gateway.projection;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One parked event of a processor's dead-letter queue. */
record DeadLetterResponse(
    @Schema(
            description =
                "The sequence the event is parked in: its aggregate's id (the event's own id for"
                    + " an event of no aggregate). Retry and evict act on a whole sequence")
        String sequence,
    @Schema(description = "Order within the sequence (ascending, not always contiguous)")
        long index,
    String eventId,
    @Schema(description = "The event's type, as in GET /api/events") String eventType,
    String aggregateType,
    String aggregateId,
    @Schema(description = "The event's sequence number within its aggregate")
        Long aggregateSequence,
    @Schema(description = "The event's global position in the event store") Long position,
    @Schema(description = "The tenant the event belongs to; null for platform events")
        String tenantId,
    Instant occurredAt,
    Instant parkedAt,
    @Schema(description = "When a retry last tried this letter; null before the first retry")
        Instant lastTriedAt,
    @Schema(description = "Retries that failed so far") int retries,
    @Schema(
            description =
                "Why the event could not be applied: the kind of failure and its SQLSTATE, never"
                    + " the failure's text (the log has it, under the event id). Null for an event"
                    + " held back only because an earlier event of its sequence is parked")
        String cause,
    @Schema(description = "The failure's exception class; null with cause") String causeType) {}
