package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Every target user and required attribute of an UNRESOLVED activity is now resolved, by a retry or
 * by hand: UNRESOLVED → READY (status event RESOLUTION_RETRY_SUCCESS).
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param resolvedAt business time
 */
@Revision("1")
public record ActivityResolvedEvent(UUID tenantId, UUID activityId, Instant resolvedAt) {}
