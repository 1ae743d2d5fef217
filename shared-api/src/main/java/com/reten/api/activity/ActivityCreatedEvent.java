package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An activity was created in {@code status} (READY while target and attribute resolution is
 * deferred); its status history starts with CREATED.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param details what the activity is about
 * @param status the status it starts in
 * @param createdAt business time
 */
@Revision("1")
public record ActivityCreatedEvent(
    UUID tenantId,
    UUID activityId,
    ActivityDetails details,
    ActivityStatus status,
    Instant createdAt) {}
