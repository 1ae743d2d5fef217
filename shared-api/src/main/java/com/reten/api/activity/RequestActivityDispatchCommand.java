package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks for a READY task to be dispatched now; answered with the number of attempts made so far, so
 * the caller can wait for the next one's outcome.
 *
 * @param tenantId the caller's tenant (another tenant's activity is not found)
 * @param activityId the task
 * @param at business time of the request
 */
public record RequestActivityDispatchCommand(
    UUID tenantId, @TargetAggregateIdentifier UUID activityId, Instant at) {}
