package com.reten.api.result;

import java.util.UUID;

/**
 * Every result of one activity of a tenant, most recently recorded first, answered with a list of
 * {@link ActivityResultView} (empty for another tenant's activity).
 *
 * @param tenantId the tenant
 * @param activityId the activity
 */
public record ListResultsOfActivityQuery(UUID tenantId, UUID activityId) {}
