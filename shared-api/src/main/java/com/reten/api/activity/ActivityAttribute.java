package com.reten.api.activity;

import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import java.time.Instant;
import java.util.UUID;

/**
 * One attribute of an activity as resolution left it.
 *
 * @param id derived from the activity id and the key, the same on every replay
 * @param key a key of the attribute-key catalog
 * @param value its value (any JSON), or {@code null} while PENDING or FAILED
 * @param status where its resolution is
 * @param strategy when it is resolved (the tenant's policy when the activity was created)
 * @param resolverType who resolved it (CALLER_PROVIDED when the caller gave the value)
 * @param fallback the caller's fallback, kept for later resolutions, or {@code null}
 * @param resolvedAt business time it got its value (or fallback), or {@code null}
 * @param errorMessage why its resolver failed, or {@code null}
 */
public record ActivityAttribute(
    UUID id,
    String key,
    Object value,
    AttributeStatus status,
    AttributeStrategy strategy,
    AttributeResolverType resolverType,
    Object fallback,
    Instant resolvedAt,
    String errorMessage) {}
