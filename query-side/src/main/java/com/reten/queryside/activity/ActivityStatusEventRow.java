package com.reten.queryside.activity;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityStatusEventView;
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
@Table(name = "rm_activity_status_event")
class ActivityStatusEventRow extends InsertableRow {

  @Id private UUID id;

  @Column(name = "activity_id")
  private UUID activityId;

  private long sequence;

  @Column(name = "event_type")
  private String eventType;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private ActivityStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private ActivityStatus toStatus;

  @Column(name = "error_code")
  private String errorCode;

  @Column(name = "error_message")
  private String errorMessage;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  protected ActivityStatusEventRow() {}

  /** The id is the event's message id, so a replayed event maps to the same row id. */
  ActivityStatusEventRow(
      UUID id,
      UUID activityId,
      long sequence,
      String eventType,
      ActivityStatus fromStatus,
      ActivityStatus toStatus,
      Instant occurredAt) {
    this.id = id;
    this.activityId = activityId;
    this.sequence = sequence;
    this.eventType = eventType;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.occurredAt = occurredAt;
  }

  /** A status change a failure caused, with its error code and message. */
  ActivityStatusEventRow(
      UUID activityId,
      long sequence,
      String eventType,
      ActivityStatus fromStatus,
      ActivityStatus toStatus,
      Instant occurredAt,
      String errorCode,
      String errorMessage) {
    this(
        idOf(activityId, sequence),
        activityId,
        sequence,
        eventType,
        fromStatus,
        toStatus,
        occurredAt);
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  /** The id of the status event of an activity's event at {@code sequence}, same on replay. */
  static UUID idOf(UUID activityId, long sequence) {
    return UUID.nameUUIDFromBytes((activityId + ":" + sequence).getBytes(UTF_8));
  }

  /** This status event with the failure that caused it, when there is one. */
  ActivityStatusEventRow failedWith(String errorCode, String errorMessage) {
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    return this;
  }

  ActivityStatusEventView toView() {
    return new ActivityStatusEventView(
        id, eventType, fromStatus, toStatus, errorCode, errorMessage, occurredAt);
  }

  @Override
  public UUID getId() {
    return id;
  }
}
