package com.reten.queryside.activity;

import com.reten.api.activity.ActivityTargetUserView;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activity.TargetUserStatus;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "rm_activity_target_user")
/** An activity's target user as read; {@link ActivityTargetUserProjection} writes it in JDBC. */
class ActivityTargetUserRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  @Column(name = "activity_id")
  private UUID activityId;

  private int position;

  @Column(name = "commerce_user_id")
  private UUID commerceUserId;

  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution_status")
  private TargetUserStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution_strategy")
  private TargetResolutionStrategy strategy;

  @Enumerated(EnumType.STRING)
  @Column(name = "lock_reason")
  private TargetLockReason lockReason;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "locked_at")
  private Instant lockedAt;

  @Column(name = "error_message")
  private String errorMessage;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ActivityTargetUserRow() {}

  ActivityTargetUserView toView() {
    return new ActivityTargetUserView(
        id,
        activityId,
        commerceUserId,
        name,
        status,
        strategy,
        lockReason,
        resolvedAt,
        lockedAt,
        errorMessage);
  }
}
