package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Someone asked for a task to be dispatched now (POST /api/activities/tasks/:id/dispatch); no
 * status change. The next attempt starts at once unless one is already in flight.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param attemptsBefore how many attempts had been made when it was asked
 * @param requestedAt business time
 */
@Revision("1")
public record ActivityDispatchRequestedEvent(
    UUID tenantId, UUID activityId, int attemptsBefore, Instant requestedAt) {}
