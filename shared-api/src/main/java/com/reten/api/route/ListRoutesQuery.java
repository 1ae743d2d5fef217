package com.reten.api.route;

import java.util.UUID;

/**
 * A page of a tenant's routes, newest first (ties by id), answered with a {@link RoutePage}. Every
 * {@code null} filter matches all.
 *
 * @param tenantId the tenant
 * @param search case-insensitive text contained in the name or the external id
 * @param active only active ({@code true}) or inactive ({@code false}) routes
 * @param operatorId only routes this operator is actively linked to
 * @param page 1-based page number
 * @param limit page size
 */
public record ListRoutesQuery(
    UUID tenantId, String search, Boolean active, UUID operatorId, int page, int limit) {}
