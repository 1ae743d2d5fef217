package com.reten.api.dispatch;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deletes a tenant's dispatch config: it stops dispatching and is no longer listed or found.
 *
 * @param tenantId the caller's tenant (another tenant's config is not found)
 * @param configId the config
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record DeleteDispatchConfigCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID configId,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
