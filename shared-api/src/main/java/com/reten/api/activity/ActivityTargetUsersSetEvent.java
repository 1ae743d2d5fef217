package com.reten.api.activity;

import com.reten.api.activityconfig.TargetResolutionRule;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A new activity's target users, as the rule it follows resolved them at creation (or left them
 * PENDING for dispatch or for a hand). Follows {@link ActivityCreatedEvent}.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param rule the rule followed: the request's criteria, else the tenant's configuration
 * @param targetUsers every target user, in position order
 * @param setAt business time
 */
@Revision("1")
public record ActivityTargetUsersSetEvent(
    UUID tenantId,
    UUID activityId,
    TargetResolutionRule rule,
    List<ActivityTargetUser> targetUsers,
    Instant setAt) {}
