package com.reten.gateway.activity;

import com.reten.api.activity.ActivityTargetUserView;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activity.TargetUserStatus;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import java.time.Instant;
import java.util.UUID;

/**
 * A target user (API.md 4.3). {@code commerceUser} is the picked user's name as it was when picked,
 * split on its first space, or {@code null} while none is picked; {@code errorMessage} (ours) says
 * why a target user is FAILED, or waits for a hand.
 */
record TargetUserResponse(
    UUID id,
    UUID commerceUserId,
    CommerceUser commerceUser,
    TargetUserStatus resolutionStatus,
    TargetResolutionStrategy resolutionStrategy,
    TargetLockReason lockReason,
    Instant resolvedAt,
    Instant lockedAt,
    String errorMessage) {

  record CommerceUser(String firstName, String lastName) {}

  static TargetUserResponse of(ActivityTargetUserView view) {
    return new TargetUserResponse(
        view.id(),
        view.commerceUserId(),
        view.commerceUserId() == null ? null : split(view.name()),
        view.status(),
        view.strategy(),
        view.lockReason(),
        view.resolvedAt(),
        view.lockedAt(),
        view.errorMessage());
  }

  private static CommerceUser split(String name) {
    int space = name == null ? -1 : name.indexOf(' ');
    return space < 0
        ? new CommerceUser(name, null)
        : new CommerceUser(name.substring(0, space), name.substring(space + 1));
  }
}
