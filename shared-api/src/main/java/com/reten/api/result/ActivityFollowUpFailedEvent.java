package com.reten.api.result;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A requested follow-up could not be created (e.g. its commerce was deactivated meanwhile); kept on
 * the original activity so the failure shows in its history.
 *
 * @param tenantId the tenant
 * @param activityId the activity worked
 * @param resultId the result that asked for it
 * @param followUpActivityId the follow-up's id
 * @param errorCode why, as an error code name
 * @param errorMessage why, in words
 * @param failedAt business time
 */
@Revision("1")
public record ActivityFollowUpFailedEvent(
    UUID tenantId,
    UUID activityId,
    UUID resultId,
    UUID followUpActivityId,
    String errorCode,
    String errorMessage,
    Instant failedAt) {}
