package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a provider accepted an activity (the dispatcher sends it after a 2xx). Ignored when
 * the activity is no longer READY.
 *
 * @param tenantId the activity's tenant
 * @param activityId the activity
 * @param dispatchConfigId the config that sent it
 * @param providerActivityId the provider's id for it, or {@code null}
 * @param at business time
 */
public record CompleteActivityDispatchCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID activityId,
    UUID dispatchConfigId,
    String providerActivityId,
    Instant at) {}
