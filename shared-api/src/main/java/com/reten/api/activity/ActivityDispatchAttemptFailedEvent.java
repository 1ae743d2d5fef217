package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A dispatch attempt failed and attempts are left (READY → READY, status event
 * DISPATCH_ATTEMPT_FAILED); the activity is retried after a back-off.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param dispatchConfigId the config the attempt used
 * @param attempt which attempt failed, from 1
 * @param errorCode a {@link com.reten.api.dispatch.DispatchErrorCode} name
 * @param errorMessage what happened, without secrets
 * @param failedAt business time
 */
@Revision("1")
public record ActivityDispatchAttemptFailedEvent(
    UUID tenantId,
    UUID activityId,
    UUID dispatchConfigId,
    int attempt,
    String errorCode,
    String errorMessage,
    Instant failedAt) {}
