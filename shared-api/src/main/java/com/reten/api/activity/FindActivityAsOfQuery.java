package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * One activity of a tenant as it was at a point in its history, rebuilt from its events; answered
 * with an optional {@link ActivityView} (empty when nothing existed yet at that point). Exactly one
 * of {@code asOf} and {@code version} is set.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param asOf apply the events whose timestamp is at or before this instant, or {@code null}
 * @param version apply the events up to this sequence number, or {@code null}
 */
public record FindActivityAsOfQuery(UUID tenantId, UUID activityId, Instant asOf, Long version) {}
