package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by dispatch before it sends a READY activity: resolves the target users and attributes that
 * wait for dispatch (ON_DISPATCH). Answers {@code true} when the activity may be sent; {@code
 * false} when a resolution failed, which made it UNRESOLVED (RESOLUTION_FAILED). An activity that
 * is not READY is refused (INVALID_STATE_TRANSITION).
 *
 * @param tenantId the activity's tenant
 * @param activityId the activity
 * @param at business time
 */
public record ResolveActivityForDispatchCommand(
    UUID tenantId, @TargetAggregateIdentifier UUID activityId, Instant at) {}
