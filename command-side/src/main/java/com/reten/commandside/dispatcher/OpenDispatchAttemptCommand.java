package com.reten.commandside.dispatcher;

import java.time.Instant;
import java.util.UUID;

/**
 * Internal to the dispatcher: reads, in one unit of work, what an attempt on the activity needs
 * from the Activity, DispatchConfig and DispatchProvider aggregates; answered with a {@link
 * DispatchOrder}. Applies no event. Public only because the command bus's dispatch interceptors
 * read its {@code tenantId} reflectively.
 *
 * @param tenantId the activity's tenant
 * @param activityId the activity
 * @param at business time
 */
public record OpenDispatchAttemptCommand(UUID tenantId, UUID activityId, Instant at) {}
