package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A target user or a required attribute could not be resolved, so the activity is UNRESOLVED
 * (status event RESOLUTION_FAILED): at creation, right after {@link ActivityCreatedEvent}, or when
 * dispatch starts.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param fromStatus {@code null} at creation, READY when dispatch started
 * @param errorCode TARGET_RESOLUTION_FAILED, MANUAL_RESOLUTION_PENDING or
 *     ATTRIBUTE_RESOLUTION_FAILED
 * @param errorMessage which target users and attributes failed, and why
 * @param failedAt business time
 */
@Revision("1")
public record ActivityResolutionFailedEvent(
    UUID tenantId,
    UUID activityId,
    ActivityStatus fromStatus,
    String errorCode,
    String errorMessage,
    Instant failedAt) {}
