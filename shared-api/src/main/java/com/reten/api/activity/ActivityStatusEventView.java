package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * One status change of an activity (API.md 4.1's table).
 *
 * @param id the status event
 * @param eventType e.g. CREATED, CANCELED
 * @param fromStatus the status before, or {@code null} on creation
 * @param toStatus the status after
 * @param errorCode an error code when a failure caused it, or {@code null}
 * @param errorMessage its message, or {@code null}
 * @param occurredAt business time
 */
public record ActivityStatusEventView(
    UUID id,
    String eventType,
    ActivityStatus fromStatus,
    ActivityStatus toStatus,
    String errorCode,
    String errorMessage,
    Instant occurredAt) {}
