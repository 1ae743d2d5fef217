package com.reten.api.commerce;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Registers a commerce in a tenant. {@code externalId}, and {@code taxId} when set, must be unique
 * in the tenant.
 *
 * @param tenantId the tenant
 * @param commerceId id of the new commerce
 * @param name display name
 * @param externalId the tenant's own id for it
 * @param globalExternalId an id shared across tenants (e.g. a chain's), or {@code null}
 * @param taxId tax identifier, or {@code null}
 * @param placeholder whether it stands in for a commerce not yet known
 * @param metadata free-form attributes, or {@code null}
 * @param at business time
 */
public record RegisterCommerceCommand(
    UUID tenantId,
    UUID commerceId,
    String name,
    String externalId,
    String globalExternalId,
    String taxId,
    boolean placeholder,
    Map<String, Object> metadata,
    Instant at) {}
