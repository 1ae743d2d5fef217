package com.reten.queryside.tenant;

import com.reten.api.tenant.TenantView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "rm_tenant")
class TenantRow {

  @Id private UUID id;
  private String name;
  private String slug;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  private long version;

  protected TenantRow() {}

  TenantRow(UUID id, String name, String slug, Instant createdAt) {
    this.id = id;
    this.name = name;
    this.slug = slug;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  void rename(String name, Instant at, long version) {
    this.name = name;
    this.updatedAt = at;
    this.version = version;
  }

  TenantView toView() {
    return new TenantView(id, name, slug, createdAt, updatedAt, version);
  }
}
