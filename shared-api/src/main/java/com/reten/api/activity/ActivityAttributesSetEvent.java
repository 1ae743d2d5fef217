package com.reten.api.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A new activity's requested attributes, as resolution at creation left them. Only applied when the
 * request asked for attributes.
 *
 * @param tenantId the tenant
 * @param activityId the activity
 * @param attributes every requested attribute, in request order
 * @param setAt business time
 */
@Revision("1")
public record ActivityAttributesSetEvent(
    UUID tenantId, UUID activityId, List<ActivityAttribute> attributes, Instant setAt) {}
