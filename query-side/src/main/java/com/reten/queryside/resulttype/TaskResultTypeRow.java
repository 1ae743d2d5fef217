package com.reten.queryside.resulttype;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.reten.api.resulttype.TaskResultTypeDefinition;
import com.reten.api.resulttype.TaskResultTypeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One code of a tenant's catalog; its id derives from (tenant, code), so a replay finds it. */
@Entity
@Table(name = "rm_task_result_type")
class TaskResultTypeRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  private String code;

  private String label;

  @Column(name = "requires_future_scheduled_at")
  private boolean requiresFutureScheduledAt;

  @Column(name = "is_active")
  private boolean active;

  private int position;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected TaskResultTypeRow() {}

  TaskResultTypeRow(UUID tenantId, TaskResultTypeDefinition type, int position, Instant at) {
    this.id = idOf(tenantId, type.code());
    this.tenantId = tenantId;
    this.code = type.code();
    this.position = position;
    this.active = true;
    this.createdAt = at;
    change(type, true, at);
  }

  static UUID idOf(UUID tenantId, String code) {
    return UUID.nameUUIDFromBytes((tenantId + ":" + code).getBytes(UTF_8));
  }

  void change(TaskResultTypeDefinition type, boolean active, Instant at) {
    this.label = type.label();
    this.requiresFutureScheduledAt = type.requiresFutureScheduledAt();
    this.active = active;
    this.updatedAt = at;
  }

  TaskResultTypeView toView() {
    return new TaskResultTypeView(
        code, label, requiresFutureScheduledAt, active, createdAt, updatedAt);
  }
}
