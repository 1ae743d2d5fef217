package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A retry left the activity UNRESOLVED (status event RESOLUTION_RETRY_FAILED).
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param errorCode as {@link ActivityResolutionFailedEvent#errorCode()}
 * @param errorMessage which target users and attributes still fail, and why
 * @param failedAt business time
 */
@Revision("1")
public record ActivityResolutionRetryFailedEvent(
    UUID tenantId, UUID activityId, String errorCode, String errorMessage, Instant failedAt) {}
