package com.reten.queryside.activity;

import com.reten.api.result.ActivityResult;
import com.reten.api.result.ActivityResultView;
import com.reten.api.result.ContactDirection;
import com.reten.api.result.ResultSource;
import com.reten.api.result.ResultStatus;
import com.reten.api.result.TaskResult;
import com.reten.queryside.common.InsertableRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One result. Batch-fetched: a page of activities loads the latest result of each in one query. An
 * {@link InsertableRow}, so saving a new one inserts without first selecting its id.
 */
@Entity
@Table(name = "rm_activity_result")
@BatchSize(size = 100)
class ActivityResultRow extends InsertableRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  @Column(name = "activity_id")
  private UUID activityId;

  @Column(name = "provider_activity_id")
  private String providerActivityId;

  @Column(name = "commerce_id")
  private UUID commerceId;

  @Column(name = "commerce_external_id")
  private String commerceExternalId;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  private ResultStatus status;

  @Column(name = "external_status")
  private String externalStatus;

  @Enumerated(EnumType.STRING)
  private ResultSource source;

  @Column(name = "result_code")
  private String resultCode;

  @Column(name = "result_label")
  private String resultLabel;

  private String comment;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_type")
  private ContactDirection contactType;

  @Column(name = "operator_external_id")
  private String operatorExternalId;

  @Column(name = "future_scheduled_at")
  private Instant futureScheduledAt;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> payload;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "raw_payload")
  private Map<String, Object> rawPayload;

  @Column(name = "hard_override")
  private boolean hardOverride;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ActivityResultRow() {}

  ActivityResultRow(UUID tenantId, ActivityResult result, Instant recordedAt) {
    TaskResult report = result.taskResult();
    this.id = result.id();
    this.tenantId = tenantId;
    this.activityId = result.activityId();
    this.providerActivityId = result.providerActivityId();
    this.commerceId = result.commerceId();
    this.commerceExternalId = result.commerceExternalId();
    this.occurredAt = result.occurredAt();
    this.status = result.status();
    this.externalStatus = result.externalStatus();
    this.source = result.source();
    this.resultCode = report.result();
    this.resultLabel = report.label();
    this.comment = report.comment();
    this.contactType = report.contactType();
    this.operatorExternalId = report.operatorExternalId();
    this.futureScheduledAt = report.futureScheduledAt();
    this.payload = report.payload();
    this.rawPayload = result.rawPayload();
    this.hardOverride = result.hardOverride();
    this.createdAt = recordedAt;
  }

  @Override
  public UUID getId() {
    return id;
  }

  ActivityResultView toView() {
    return new ActivityResultView(
        id,
        activityId,
        providerActivityId,
        commerceExternalId,
        occurredAt,
        status,
        externalStatus,
        source,
        new TaskResult(
            resultCode,
            resultLabel,
            comment,
            contactType,
            operatorExternalId,
            futureScheduledAt,
            payload),
        rawPayload,
        createdAt);
  }
}
