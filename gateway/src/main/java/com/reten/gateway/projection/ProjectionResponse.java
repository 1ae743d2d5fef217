package com.reten.gateway.projection;

import io.swagger.v3.oas.annotations.media.Schema;

/** One event processor as this instance sees it. */
record ProjectionResponse(
    String name,
    @Schema(
            description =
                "TRACKING (own token, asynchronous) or SUBSCRIBING (in the event's"
                    + " transaction)")
        String mode,
    @Schema(
            description =
                "RUNNING, REPLAYING, ERROR, STOPPED, or CLAIMED_ELSEWHERE when another"
                    + " instance processes it")
        String status,
    @Schema(description = "Global position handled; null when not processed on this instance")
        Long position,
    @Schema(description = "Events between the head of the event store and the position") Long lag,
    @Schema(
            description =
                "Events parked because this processor could not apply them (see"
                    + " /dead-letters); 0 for a processor without a dead-letter queue")
        long deadLetters,
    boolean replayable,
    @Schema(description = "Why it cannot be replayed, when it cannot") String notReplayableReason,
    @Schema(description = "The latest replay on this instance, if any") ReplayResponse replay) {}
