package com.reten.api.result;

import com.reten.api.activity.ActivityDetails;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A result whose code requires a future date asked for a follow-up of its activity; the follow-up
 * is created from this event, under an id derived from its idempotency key {@code
 * <activityId>:reschedule:<resultId>}, so it exists at most once.
 *
 * @param tenantId the tenant
 * @param activityId the activity worked
 * @param resultId the result
 * @param followUpActivityId the follow-up's id
 * @param followUp the follow-up's details
 * @param requestedAt business time
 */
@Revision("1")
public record ActivityFollowUpRequestedEvent(
    UUID tenantId,
    UUID activityId,
    UUID resultId,
    UUID followUpActivityId,
    ActivityDetails followUp,
    Instant requestedAt) {}
