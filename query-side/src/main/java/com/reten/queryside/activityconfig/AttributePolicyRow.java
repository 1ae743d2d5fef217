package com.reten.queryside.activityconfig;

import com.reten.api.activityconfig.AttributePolicyView;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "rm_attribute_policy")
class AttributePolicyRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  @Column(name = "attribute_key_id")
  private UUID attributeKeyId;

  @Column(name = "attribute_key")
  private String key;

  @Enumerated(EnumType.STRING)
  private AttributeStrategy strategy;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolver_type")
  private AttributeResolverType resolverType;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected AttributePolicyRow() {}

  AttributePolicyRow(UUID id, UUID tenantId, UUID attributeKeyId, String key, Instant createdAt) {
    this.id = id;
    this.tenantId = tenantId;
    this.attributeKeyId = attributeKeyId;
    this.key = key;
    this.createdAt = createdAt;
  }

  String key() {
    return key;
  }

  void set(AttributeStrategy strategy, AttributeResolverType resolverType, Instant at) {
    this.strategy = strategy;
    this.resolverType = resolverType;
    this.updatedAt = at;
  }

  AttributePolicyView toView() {
    return new AttributePolicyView(
        id, tenantId, attributeKeyId, key, strategy, resolverType, createdAt, updatedAt);
  }
}
