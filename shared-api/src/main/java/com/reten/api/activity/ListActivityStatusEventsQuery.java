package com.reten.api.activity;

import java.util.UUID;

/**
 * An activity's status history, oldest first, answered with a list of {@link
 * ActivityStatusEventView} (empty when the activity is not the tenant's).
 *
 * @param tenantId the tenant
 * @param activityId the activity
 */
public record ListActivityStatusEventsQuery(UUID tenantId, UUID activityId) {}
