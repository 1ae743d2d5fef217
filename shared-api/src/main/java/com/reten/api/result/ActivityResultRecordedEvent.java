package com.reten.api.result;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A result about an activity was recorded on it. When the result changes the activity's status, an
 * {@link ActivityResultAppliedEvent} follows.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param result the result (source RETEN_ACTIVITY)
 * @param recordedAt business time
 */
@Revision("1")
public record ActivityResultRecordedEvent(
    UUID tenantId, UUID activityId, ActivityResult result, Instant recordedAt) {}
