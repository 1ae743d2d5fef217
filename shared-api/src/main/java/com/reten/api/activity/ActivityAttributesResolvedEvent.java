package com.reten.api.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A later resolution (retry or dispatch) changed these attributes; each replaces the attribute with
 * its id.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param attributes the changed attributes
 * @param resolvedAt business time
 */
@Revision("1")
public record ActivityAttributesResolvedEvent(
    UUID tenantId, UUID activityId, List<ActivityAttribute> attributes, Instant resolvedAt) {}
