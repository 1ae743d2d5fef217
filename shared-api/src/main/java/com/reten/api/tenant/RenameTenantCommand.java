package com.reten.api.tenant;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a tenant's display name.
 *
 * @param tenantId the tenant
 * @param name the new name
 * @param at business time of the request
 */
public record RenameTenantCommand(
    @TargetAggregateIdentifier UUID tenantId, String name, Instant at) {}
