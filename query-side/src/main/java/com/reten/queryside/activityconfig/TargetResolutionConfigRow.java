package com.reten.queryside.activityconfig;

import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetResolutionConfigView;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "rm_target_resolution_config")
class TargetResolutionConfigRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution_strategy")
  private TargetResolutionStrategy resolutionStrategy;

  @Column(name = "fallback_to_commerce_rep")
  private boolean fallbackToCommerceRep;

  @Column(name = "fallback_to_owner")
  private boolean fallbackToOwner;

  @JdbcTypeCode(SqlTypes.JSON)
  private List<TargetCriterion> criteria;

  private int priority;
  private boolean active;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  private long version;

  protected TargetResolutionConfigRow() {}

  TargetResolutionConfigRow(UUID id, UUID tenantId, Instant createdAt) {
    this.id = id;
    this.tenantId = tenantId;
    this.active = true;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  void rule(TargetResolutionRule rule, int priority) {
    this.resolutionStrategy = rule.strategy();
    this.fallbackToCommerceRep = rule.fallbackToCommerceRep();
    this.fallbackToOwner = rule.fallbackToOwner();
    this.criteria = List.copyOf(rule.criteria());
    this.priority = priority;
  }

  void active(boolean active) {
    this.active = active;
  }

  /** Each later event of the config is one more version, as the aggregate counts them. */
  void changed(Instant at) {
    this.updatedAt = at;
    this.version++;
  }

  TargetResolutionConfigView toView() {
    return new TargetResolutionConfigView(
        id,
        tenantId,
        new TargetResolutionRule(
            resolutionStrategy, fallbackToCommerceRep, fallbackToOwner, List.copyOf(criteria)),
        priority,
        active,
        createdAt,
        updatedAt,
        version);
  }
}
