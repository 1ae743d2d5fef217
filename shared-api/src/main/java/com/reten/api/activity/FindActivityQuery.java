package com.reten.api.activity;

import java.util.UUID;

/**
 * One activity of a tenant, answered with an optional {@link ActivityView}.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 */
public record FindActivityQuery(UUID tenantId, UUID activityId) {}
