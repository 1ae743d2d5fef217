package com.reten.queryside.operator;

import com.reten.api.operator.OperatorType;
import com.reten.api.operator.OperatorView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "rm_operator")
class OperatorRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  private OperatorType type;

  private String name;
  private String email;
  private String phone;

  @Column(name = "external_id")
  private String externalId;

  private boolean active;
  private boolean placeholder;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> metadata;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  private long version;

  protected OperatorRow() {}

  OperatorRow(
      UUID id,
      UUID tenantId,
      OperatorType type,
      String externalId,
      boolean placeholder,
      Instant createdAt) {
    this.id = id;
    this.tenantId = tenantId;
    this.type = type;
    this.externalId = externalId;
    this.placeholder = placeholder;
    this.active = true;
    this.createdAt = createdAt;
  }

  void details(String name, String email, String phone, Map<String, Object> metadata) {
    this.name = name;
    this.email = email;
    this.phone = phone;
    this.metadata = new LinkedHashMap<>(metadata == null ? Map.of() : metadata);
  }

  void active(boolean active) {
    this.active = active;
  }

  void changed(Instant at, long version) {
    this.updatedAt = at;
    this.version = version;
  }

  OperatorView toView() {
    return new OperatorView(
        id,
        tenantId,
        type,
        name,
        email,
        phone,
        externalId,
        active,
        placeholder,
        Map.copyOf(metadata),
        createdAt,
        updatedAt,
        version);
  }
}
