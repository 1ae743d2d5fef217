package com.reten.gateway.activity;

import com.reten.api.activity.ActivityAttributeView;
import com.reten.api.activity.AttributeStatus;
import com.reten.api.activityconfig.AttributeResolverType;
import java.time.Instant;
import java.util.UUID;

/** An attribute of an activity (API.md 4.4); {@code value} is any JSON. */
record AttributeResponse(
    UUID id,
    UUID activityId,
    UUID attributeKeyId,
    String key,
    Object value,
    AttributeStatus resolutionStatus,
    AttributeResolverType resolverType,
    Instant resolvedAt,
    String errorMessage,
    Instant createdAt,
    Instant updatedAt) {

  static AttributeResponse of(ActivityAttributeView view) {
    return new AttributeResponse(
        view.id(),
        view.activityId(),
        view.attributeKeyId(),
        view.key(),
        view.value(),
        view.status(),
        view.resolverType(),
        view.resolvedAt(),
        view.errorMessage(),
        view.createdAt(),
        view.updatedAt());
  }
}
