package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A provider accepted an activity (READY → DISPATCHED, status event DISPATCH_SUCCESS).
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param dispatchConfigId the tenant's dispatch config that sent it
 * @param providerActivityId the provider's id for it, or {@code null} when it returned none
 * @param attempt which attempt succeeded, from 1
 * @param dispatchedAt business time
 */
@Revision("1")
public record ActivityDispatchedEvent(
    UUID tenantId,
    UUID activityId,
    UUID dispatchConfigId,
    String providerActivityId,
    int attempt,
    Instant dispatchedAt) {}
