package com.reten.api.commerce;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A commerce's details changed; every field holds its value after the change.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param name display name
 * @param taxId tax identifier, or {@code null}
 * @param globalExternalId cross-tenant id, or {@code null}
 * @param metadata free-form attributes
 * @param updatedAt business time
 */
@Revision("1")
public record CommerceUpdatedEvent(
    UUID tenantId,
    UUID commerceId,
    String name,
    String taxId,
    String globalExternalId,
    Map<String, Object> metadata,
    Instant updatedAt) {}
