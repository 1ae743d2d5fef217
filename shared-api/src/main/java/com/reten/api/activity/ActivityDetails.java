package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * What a new activity is about, as the client sent it.
 *
 * @param type TASK or MESSAGE
 * @param channel a channel of {@code type}
 * @param reason why the activity exists (required)
 * @param commerceId the commerce it is about (an active commerce of the tenant)
 * @param idempotencyKey the client's key, unique per tenant (the activity id derives from it)
 * @param scheduledAt when it is due
 * @param suggestedExecutionTime free-text hint for when to carry it out, or {@code null}
 * @param userStatus free text about the commerce user's status, or {@code null}
 * @param score priority score, or {@code null}
 * @param assignmentReason why it was assigned, or {@code null}
 * @param routeId TASK only: the route assigned, or {@code null}
 * @param operatorId TASK only: the operator assigned (linked to the route), or {@code null}
 */
public record ActivityDetails(
    ActivityType type,
    ActivityChannel channel,
    String reason,
    UUID commerceId,
    String idempotencyKey,
    Instant scheduledAt,
    String suggestedExecutionTime,
    String userStatus,
    Integer score,
    String assignmentReason,
    UUID routeId,
    UUID operatorId) {}
