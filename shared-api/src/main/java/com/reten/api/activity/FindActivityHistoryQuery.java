package com.reten.api.activity;

import java.util.UUID;

/**
 * Every event of one activity of a tenant, oldest first, answered with a list of {@link
 * ActivityHistoryEntry} (empty when the activity is unknown or another tenant's).
 *
 * @param tenantId the tenant
 * @param activityId the activity
 */
public record FindActivityHistoryQuery(UUID tenantId, UUID activityId) {}
