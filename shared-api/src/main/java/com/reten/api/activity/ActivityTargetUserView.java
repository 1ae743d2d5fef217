package com.reten.api.activity;

import com.reten.api.activityconfig.TargetResolutionStrategy;
import java.time.Instant;
import java.util.UUID;

/**
 * One target user of an activity as the read model holds it (API.md 4.3).
 *
 * @param id the target user
 * @param activityId its activity
 * @param commerceUserId the commerce user picked, or {@code null}
 * @param name that user's name when picked, or {@code null}
 * @param status where its resolution is
 * @param strategy when it is resolved
 * @param lockReason how the user was picked, or {@code null}
 * @param resolvedAt when the user was picked, or {@code null}
 * @param lockedAt when it was assigned by hand, or {@code null}
 * @param errorMessage why it is FAILED or PENDING by hand, or {@code null}
 */
public record ActivityTargetUserView(
    UUID id,
    UUID activityId,
    UUID commerceUserId,
    String name,
    TargetUserStatus status,
    TargetResolutionStrategy strategy,
    TargetLockReason lockReason,
    Instant resolvedAt,
    Instant lockedAt,
    String errorMessage) {}
