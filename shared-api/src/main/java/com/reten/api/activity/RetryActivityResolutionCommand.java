package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Re-runs the failed target users and required attributes of an UNRESOLVED activity.
 *
 * @param tenantId the caller's tenant (another tenant's activity is not found)
 * @param activityId the activity
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record RetryActivityResolutionCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID activityId,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
