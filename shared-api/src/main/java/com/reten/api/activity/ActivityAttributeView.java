package com.reten.api.activity;

import com.reten.api.activityconfig.AttributeResolverType;
import java.time.Instant;
import java.util.UUID;

/**
 * One attribute of an activity as the read model holds it (API.md 4.4).
 *
 * @param id the attribute
 * @param activityId its activity
 * @param attributeKeyId the catalog id of its key
 * @param key its key
 * @param value its value (any JSON), or {@code null}
 * @param status where its resolution is
 * @param resolverType who resolved it
 * @param resolvedAt when it got its value, or {@code null}
 * @param errorMessage why its resolver failed, or {@code null}
 * @param createdAt business time the activity asked for it
 * @param updatedAt business time of its last change
 */
public record ActivityAttributeView(
    UUID id,
    UUID activityId,
    UUID attributeKeyId,
    String key,
    Object value,
    AttributeStatus status,
    AttributeResolverType resolverType,
    Instant resolvedAt,
    String errorMessage,
    Instant createdAt,
    Instant updatedAt) {}
