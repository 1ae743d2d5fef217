package com.reten.api.tenant;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant as read models show it.
 *
 * @param id the tenant
 * @param name display name
 * @param slug unique URL-safe name
 * @param createdAt creation time
 * @param updatedAt last change
 * @param version the aggregate's sequence number at the last change
 */
public record TenantView(
    UUID id, String name, String slug, Instant createdAt, Instant updatedAt, long version) {}
