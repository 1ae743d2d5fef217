package com.reten.queryside.commerce;

import com.reten.api.commerce.CommerceAddressView;
import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.api.commerce.CommerceSummaryView;
import com.reten.api.commerce.CommerceUpdatedEvent;
import com.reten.api.commerce.CommerceUserView;
import com.reten.api.commerce.CommerceView;
import com.reten.queryside.common.InsertableRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "rm_commerce")
class CommerceRow extends InsertableRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  private String name;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "global_external_id")
  private String globalExternalId;

  @Column(name = "tax_id")
  private String taxId;

  @Column(name = "is_active")
  private boolean active;

  @Column(name = "is_placeholder")
  private boolean placeholder;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> metadata;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  private long version;

  protected CommerceRow() {}

  CommerceRow(CommerceRegisteredEvent event) {
    this.id = event.commerceId();
    this.tenantId = event.tenantId();
    this.name = event.name();
    this.externalId = event.externalId();
    this.globalExternalId = event.globalExternalId();
    this.taxId = event.taxId();
    this.active = true;
    this.placeholder = event.placeholder();
    this.metadata = event.metadata() == null ? Map.of() : event.metadata();
    this.createdAt = event.registeredAt();
    this.updatedAt = event.registeredAt();
  }

  @Override
  public UUID getId() {
    return id;
  }

  void update(CommerceUpdatedEvent event, long version) {
    name = event.name();
    taxId = event.taxId();
    globalExternalId = event.globalExternalId();
    metadata = event.metadata() == null ? Map.of() : event.metadata();
    touch(event.updatedAt(), version);
  }

  void activate(boolean active, Instant at, long version) {
    this.active = active;
    touch(at, version);
  }

  /** Something in the commerce changed: a new version, served as its ETag. */
  void touch(Instant at, long version) {
    this.updatedAt = at;
    this.version = version;
  }

  CommerceSummaryView toSummary() {
    return new CommerceSummaryView(id, name, externalId, taxId, active, placeholder, createdAt);
  }

  CommerceView toView(List<CommerceAddressView> addresses, List<CommerceUserView> users) {
    return new CommerceView(
        id,
        name,
        externalId,
        globalExternalId,
        taxId,
        active,
        placeholder,
        metadata,
        createdAt,
        updatedAt,
        version,
        addresses,
        users);
  }
}
