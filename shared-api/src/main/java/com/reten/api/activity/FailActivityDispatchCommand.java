package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a failed dispatch. When {@code attempted}, it counts as an attempt, and the third one
 * fails the activity; otherwise (nothing to send with) the activity fails at once. Ignored when the
 * activity is no longer READY.
 *
 * @param tenantId the activity's tenant
 * @param activityId the activity
 * @param dispatchConfigId the config used, or {@code null}
 * @param errorCode a {@link com.reten.api.dispatch.DispatchErrorCode} name
 * @param errorMessage what happened, without secrets
 * @param attempted whether a request was tried
 * @param at business time
 */
public record FailActivityDispatchCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID activityId,
    UUID dispatchConfigId,
    String errorCode,
    String errorMessage,
    boolean attempted,
    Instant at) {}
