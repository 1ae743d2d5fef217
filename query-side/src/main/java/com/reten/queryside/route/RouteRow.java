package com.reten.queryside.route;

import com.reten.api.route.RouteOperatorView;
import com.reten.api.route.RouteView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "rm_route")
class RouteRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  private String name;

  @Column(name = "external_id")
  private String externalId;

  private String description;
  private boolean active;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> metadata;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "commerce_ids", columnDefinition = "uuid[]")
  private UUID[] commerceIds = new UUID[0];

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  private long version;

  protected RouteRow() {}

  RouteRow(UUID id, UUID tenantId, String externalId, Instant createdAt) {
    this.id = id;
    this.tenantId = tenantId;
    this.externalId = externalId;
    this.active = true;
    this.createdAt = createdAt;
  }

  UUID id() {
    return id;
  }

  void details(String name, String description, Map<String, Object> metadata) {
    this.name = name;
    this.description = description;
    this.metadata = new LinkedHashMap<>(metadata == null ? Map.of() : metadata);
  }

  void active(boolean active) {
    this.active = active;
  }

  void visit(List<UUID> commerceIds) {
    this.commerceIds = commerceIds.toArray(UUID[]::new);
  }

  void changed(Instant at, long version) {
    this.updatedAt = at;
    this.version = version;
  }

  RouteView toView(List<RouteOperatorView> operators) {
    return new RouteView(
        id,
        tenantId,
        name,
        externalId,
        description,
        active,
        Map.copyOf(metadata),
        operators,
        List.of(commerceIds),
        createdAt,
        updatedAt,
        version);
  }
}
