package com.reten.queryside.activity;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityStatusEventView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of an activity's status history, as read; {@link ActivityTable} writes it. */
@Entity
@Table(name = "rm_activity_status_event")
class ActivityStatusEventRow {

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

  /** The id of the status event of an activity's event at {@code sequence}, same on replay. */
  static UUID idOf(UUID activityId, long sequence) {
    return UUID.nameUUIDFromBytes((activityId + ":" + sequence).getBytes(UTF_8));
  }

  ActivityStatusEventView toView() {
    return new ActivityStatusEventView(
        id, eventType, fromStatus, toStatus, errorCode, errorMessage, occurredAt);
  }
}
