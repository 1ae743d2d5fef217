package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An activity was canceled.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param fromStatus the status it left
 * @param reason why, or {@code null}
 * @param canceledAt business time
 */
@Revision("1")
public record ActivityCanceledEvent(
    UUID tenantId, UUID activityId, ActivityStatus fromStatus, String reason, Instant canceledAt) {}
