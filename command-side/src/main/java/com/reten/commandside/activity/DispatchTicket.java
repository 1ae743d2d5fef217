package com.reten.commandside.activity;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityTargetUser;
import java.util.List;
import java.util.UUID;

/**
 * What the dispatcher reads from an activity before an attempt, in its unit of work.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param details what it is about (channel, commerce, operator, route)
 * @param status its status now; only READY is dispatched
 * @param attempts dispatch attempts made so far
 * @param targetUsers its target users as they stand (the body sends the resolved ones)
 * @param attributes its attributes as they stand (the body sends the resolved ones)
 */
public record DispatchTicket(
    UUID tenantId,
    UUID activityId,
    ActivityDetails details,
    ActivityStatus status,
    int attempts,
    List<ActivityTargetUser> targetUsers,
    List<ActivityAttribute> attributes) {}
