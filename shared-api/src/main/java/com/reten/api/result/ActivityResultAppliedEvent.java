package com.reten.api.result;

import com.reten.api.activity.ActivityStatus;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A final result moved its activity to the status it implies (status event RESULT_RECORDED).
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param resultId the result that caused it
 * @param fromStatus the status left
 * @param toStatus COMPLETED, FAILED or CANCELED
 * @param hardOverride whether it overrode a terminal status
 * @param appliedAt business time
 */
@Revision("1")
public record ActivityResultAppliedEvent(
    UUID tenantId,
    UUID activityId,
    UUID resultId,
    ActivityStatus fromStatus,
    ActivityStatus toStatus,
    boolean hardOverride,
    Instant appliedAt) {}
