package com.reten.api.activity;

import java.util.UUID;

/**
 * An activity's attributes in request order, answered with a list of {@link ActivityAttributeView}
 * (empty when the activity is not the tenant's).
 *
 * @param tenantId the tenant
 * @param activityId the activity
 */
public record ListActivityAttributesQuery(UUID tenantId, UUID activityId) {}
