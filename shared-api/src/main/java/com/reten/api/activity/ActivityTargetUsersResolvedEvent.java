package com.reten.api.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A later resolution (retry, dispatch, or by hand) changed these target users or added them; each
 * replaces the target user with its id.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param targetUsers the changed and added target users
 * @param resolvedAt business time
 */
@Revision("1")
public record ActivityTargetUsersResolvedEvent(
    UUID tenantId, UUID activityId, List<ActivityTargetUser> targetUsers, Instant resolvedAt) {}
