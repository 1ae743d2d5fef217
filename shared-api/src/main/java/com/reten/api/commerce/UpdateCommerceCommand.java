package com.reten.api.commerce;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Changes a commerce; every {@code null} field is left as it is. An empty {@code taxId} or {@code
 * globalExternalId} removes it.
 *
 * @param tenantId the caller's tenant
 * @param commerceId the commerce
 * @param name new display name
 * @param taxId new tax identifier
 * @param globalExternalId new cross-tenant id
 * @param active deactivates ({@code false}) or reactivates ({@code true})
 * @param metadata changes merged key by key; a {@code null} value removes its key
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time
 */
public record UpdateCommerceCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID commerceId,
    String name,
    String taxId,
    String globalExternalId,
    Boolean active,
    Map<String, Object> metadata,
    @TargetAggregateVersion Long expectedVersion,
    Instant at)
    implements CommerceCommand {}
