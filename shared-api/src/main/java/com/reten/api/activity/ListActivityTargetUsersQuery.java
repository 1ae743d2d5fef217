package com.reten.api.activity;

import java.util.UUID;

/**
 * An activity's target users in position order, answered with a list of {@link
 * ActivityTargetUserView} (empty when the activity is not the tenant's).
 *
 * @param tenantId the tenant
 * @param activityId the activity
 */
public record ListActivityTargetUsersQuery(UUID tenantId, UUID activityId) {}
