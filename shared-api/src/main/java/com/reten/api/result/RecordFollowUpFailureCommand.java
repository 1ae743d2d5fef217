package com.reten.api.result;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Notes on an activity that its requested follow-up was refused.
 *
 * @param tenantId the tenant
 * @param activityId the activity worked
 * @param resultId the result that asked for the follow-up
 * @param followUpActivityId the follow-up's id
 * @param errorCode why, as an error code name
 * @param errorMessage why, in words
 * @param at business time
 */
public record RecordFollowUpFailureCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID activityId,
    UUID resultId,
    UUID followUpActivityId,
    String errorCode,
    String errorMessage,
    Instant at) {}
