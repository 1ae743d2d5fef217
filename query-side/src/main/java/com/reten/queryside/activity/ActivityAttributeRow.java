package com.reten.queryside.activity;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityAttributeView;
import com.reten.api.activity.AttributeStatus;
import com.reten.api.activityconfig.AttributeKeyView;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.queryside.common.InsertableRow;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "rm_activity_attribute")
class ActivityAttributeRow extends InsertableRow {

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  @Column(name = "activity_id")
  private UUID activityId;

  private int position;

  @Column(name = "attribute_key_id")
  private UUID attributeKeyId;

  private String key;

  @Convert(converter = JsonValueConverter.class)
  @ColumnTransformer(write = "?::jsonb")
  private Object value;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution_status")
  private AttributeStatus status;

  @Enumerated(EnumType.STRING)
  private AttributeStrategy strategy;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolver_type")
  private AttributeResolverType resolverType;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "error_message")
  private String errorMessage;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ActivityAttributeRow() {}

  ActivityAttributeRow(
      UUID id, UUID tenantId, UUID activityId, int position, String key, Instant at) {
    this.id = id;
    this.tenantId = tenantId;
    this.activityId = activityId;
    this.position = position;
    this.key = key;
    // Unknown keys cannot reach an event (the command side refuses them); derive the id anyway.
    this.attributeKeyId =
        AttributeKeys.byKey(key)
            .map(AttributeKeyView::id)
            .orElseGet(() -> UUID.nameUUIDFromBytes(("attribute-key:" + key).getBytes(UTF_8)));
    this.createdAt = at;
  }

  void update(ActivityAttribute attribute, Instant at) {
    value = attribute.value();
    status = attribute.status();
    strategy = attribute.strategy();
    resolverType = attribute.resolverType();
    resolvedAt = attribute.resolvedAt();
    errorMessage = attribute.errorMessage();
    updatedAt = at;
  }

  ActivityAttributeView toView() {
    return new ActivityAttributeView(
        id,
        activityId,
        attributeKeyId,
        key,
        value,
        status,
        resolverType,
        resolvedAt,
        errorMessage,
        createdAt,
        updatedAt);
  }

  @Override
  public UUID getId() {
    return id;
  }
}
