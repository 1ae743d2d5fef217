package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Cancels an activity that is not terminal.
 *
 * @param tenantId the caller's tenant (another tenant's activity is not found)
 * @param activityId the activity
 * @param reason why, or {@code null}
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record CancelActivityCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID activityId,
    String reason,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
