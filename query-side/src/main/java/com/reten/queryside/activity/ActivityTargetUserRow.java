package com.reten.queryside.activity;

import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ActivityTargetUserView;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activity.TargetUserStatus;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.queryside.common.InsertableRow;
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
class ActivityTargetUserRow extends InsertableRow {

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

  ActivityTargetUserRow(UUID id, UUID tenantId, UUID activityId, int position, Instant at) {
    this.id = id;
    this.tenantId = tenantId;
    this.activityId = activityId;
    this.position = position;
    this.createdAt = at;
  }

  void update(ActivityTargetUser target, Instant at) {
    commerceUserId = target.commerceUserId();
    name = target.name();
    status = target.status();
    strategy = target.strategy();
    lockReason = target.lockReason();
    resolvedAt = target.resolvedAt();
    lockedAt = target.lockedAt();
    errorMessage = target.errorMessage();
    updatedAt = at;
  }

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

  @Override
  public UUID getId() {
    return id;
  }
}
