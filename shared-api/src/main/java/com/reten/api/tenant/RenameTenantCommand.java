package com.reten.api.tenant;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Changes a tenant's display name.
 *
 * @param tenantId the tenant
 * @param name the new name
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record RenameTenantCommand(
    @TargetAggregateIdentifier UUID tenantId,
    String name,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
