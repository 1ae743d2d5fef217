package com.reten.api.tenant;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A tenant came into being.
 *
 * @param tenantId the tenant
 * @param name display name
 * @param slug unique URL-safe name
 * @param createdAt business time
 */
@Revision("1")
public record TenantCreatedEvent(UUID tenantId, String name, String slug, Instant createdAt) {}
