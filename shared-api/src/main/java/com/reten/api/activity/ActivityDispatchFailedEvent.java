package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Dispatch gave up (READY → FAILED, status event DISPATCH_FAILED): the last allowed attempt failed,
 * or there was nothing to send it with (no active config for the channel, provider inactive).
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param dispatchConfigId the config of the last attempt, or {@code null} when there was none
 * @param attempts how many attempts were made in all
 * @param errorCode a {@link com.reten.api.dispatch.DispatchErrorCode} name
 * @param errorMessage what happened, without secrets
 * @param failedAt business time
 */
@Revision("1")
public record ActivityDispatchFailedEvent(
    UUID tenantId,
    UUID activityId,
    UUID dispatchConfigId,
    int attempts,
    String errorCode,
    String errorMessage,
    Instant failedAt) {}
