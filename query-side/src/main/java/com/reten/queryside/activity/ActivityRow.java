package com.reten.queryside.activity;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchSummary;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.ActivityView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An activity as read; {@link ActivityTable} writes it. */
@Entity
@Table(name = "rm_activity")
class ActivityRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  private ActivityType type;

  @Enumerated(EnumType.STRING)
  private ActivityChannel channel;

  @Enumerated(EnumType.STRING)
  private ActivityStatus status;

  private String reason;

  @Column(name = "user_status")
  private String userStatus;

  private Integer score;

  @Column(name = "assignment_reason")
  private String assignmentReason;

  @Column(name = "scheduled_at")
  private Instant scheduledAt;

  @Column(name = "suggested_execution_time")
  private String suggestedExecutionTime;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "commerce_id")
  private UUID commerceId;

  @Column(name = "commerce_name")
  private String commerceName;

  @Column(name = "commerce_external_id")
  private String commerceExternalId;

  @Column(name = "route_id")
  private UUID routeId;

  @Column(name = "operator_id")
  private UUID operatorId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  private long version;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "latest_result_id")
  private ActivityResultRow latestResult;

  @Column(name = "provider_activity_id")
  private String providerActivityId;

  @Column(name = "dispatch_attempt_count")
  private int dispatchAttemptCount;

  protected ActivityRow() {}

  ActivityView toView() {
    var details =
        new ActivityDetails(
            type,
            channel,
            reason,
            commerceId,
            idempotencyKey,
            scheduledAt,
            suggestedExecutionTime,
            userStatus,
            score,
            assignmentReason,
            routeId,
            operatorId);
    return new ActivityView(
        id,
        tenantId,
        details,
        status,
        commerceName,
        commerceExternalId,
        createdAt,
        updatedAt,
        version,
        latestResult == null ? null : latestResult.toView(),
        new ActivityDispatchSummary(providerActivityId, dispatchAttemptCount));
  }
}
