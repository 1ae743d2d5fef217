package com.reten.api.result;

import java.time.Instant;
import java.util.UUID;

/**
 * Records a result: on the activity it matches (moving its status as §4.1 allows), else as a
 * STANDALONE result of its commerce. Answered with the result id.
 *
 * @param tenantId the caller's tenant
 * @param resultId the new result's id
 * @param route the endpoint it came through (its status vocabulary and conflict rule)
 * @param submission what was submitted
 * @param at business time of the request
 * @param idempotencyKey the client's {@code Idempotency-Key}, or {@code null}: a key already used
 *     for this {@code resultId} answers it again without recording anything, a key used for another
 *     one is a conflict (the sender derives the id from the key and the request)
 */
public record RecordTaskResultCommand(
    UUID tenantId,
    UUID resultId,
    ResultRoute route,
    ResultSubmission submission,
    Instant at,
    String idempotencyKey) {}
