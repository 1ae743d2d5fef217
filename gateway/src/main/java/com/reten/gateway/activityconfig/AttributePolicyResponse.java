package com.reten.gateway.activityconfig;

import com.reten.api.activityconfig.AttributeKeyView;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributePolicyView;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import java.time.Instant;
import java.util.UUID;

/** A tenant's policy for one attribute key, with the key it applies to. */
record AttributePolicyResponse(
    UUID id,
    UUID attributeKeyId,
    AttributeStrategy strategy,
    AttributeResolverType resolverType,
    AttributeKey attributeKey,
    Instant createdAt,
    Instant updatedAt) {

  /** The catalog key, as GET /api/activity-config/attribute-keys lists it. */
  record AttributeKey(String key, String label) {}

  static AttributePolicyResponse of(AttributePolicyView view) {
    String label =
        AttributeKeys.byId(view.attributeKeyId()).map(AttributeKeyView::label).orElse(view.key());
    return new AttributePolicyResponse(
        view.id(),
        view.attributeKeyId(),
        view.strategy(),
        view.resolverType(),
        new AttributeKey(view.key(), label),
        view.createdAt(),
        view.updatedAt());
  }
}
