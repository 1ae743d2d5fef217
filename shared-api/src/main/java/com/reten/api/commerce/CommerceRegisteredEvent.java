package com.reten.api.commerce;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A commerce came into being, active.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param name display name
 * @param externalId the tenant's own id, unique in the tenant
 * @param globalExternalId cross-tenant id, or {@code null}
 * @param taxId tax identifier (unique in the tenant), or {@code null}
 * @param placeholder whether it stands in for a commerce not yet known
 * @param metadata free-form attributes
 * @param registeredAt business time
 */
@Revision("1")
public record CommerceRegisteredEvent(
    UUID tenantId,
    UUID commerceId,
    String name,
    String externalId,
    String globalExternalId,
    String taxId,
    boolean placeholder,
    Map<String, Object> metadata,
    Instant registeredAt) {}
