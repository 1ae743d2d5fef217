package com.reten.api.activity;

import com.reten.api.activityconfig.TargetResolutionStrategy;
import java.time.Instant;
import java.util.UUID;

/**
 * One person of the commerce an activity is for, or the place of one still to be picked.
 *
 * @param id derived from the activity id and the target's position, the same on every replay
 * @param commerceUserId the commerce user picked, or {@code null} while PENDING or FAILED
 * @param name that user's name when picked, or {@code null}
 * @param status where its resolution is
 * @param strategy when it is resolved
 * @param lockReason how the user was picked, or {@code null} while none is
 * @param resolvedAt business time the user was picked, or {@code null}
 * @param lockedAt business time it was assigned by hand, or {@code null}
 * @param errorMessage why it is FAILED (or PENDING by hand), or {@code null}
 */
public record ActivityTargetUser(
    UUID id,
    UUID commerceUserId,
    String name,
    TargetUserStatus status,
    TargetResolutionStrategy strategy,
    TargetLockReason lockReason,
    Instant resolvedAt,
    Instant lockedAt,
    String errorMessage) {}
