package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Assigns a commerce user by hand to a PENDING or FAILED target user, which becomes LOCKED.
 *
 * @param tenantId the caller's tenant (another tenant's activity is not found)
 * @param activityId the activity
 * @param targetUserId the target user
 * @param commerceUserId an active user of the activity's commerce
 * @param expectedVersion the activity version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record ResolveActivityTargetUserCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID activityId,
    UUID targetUserId,
    UUID commerceUserId,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
