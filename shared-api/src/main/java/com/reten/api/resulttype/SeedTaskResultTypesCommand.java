package com.reten.api.resulttype;

import java.time.Instant;
import java.util.UUID;

/**
 * Gives a tenant the {@link TaskResultTypes#DEFAULTS} unless it already has a catalog (then it does
 * nothing): sent for tenants set up before result types existed.
 *
 * @param tenantId the tenant
 * @param at business time
 */
public record SeedTaskResultTypesCommand(UUID tenantId, Instant at) {}
