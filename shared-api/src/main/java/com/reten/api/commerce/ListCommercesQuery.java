package com.reten.api.commerce;

import java.util.UUID;

/**
 * One page of a tenant's commerces, newest first (ties by id); answered with a {@link
 * CommercePage}. Every {@code null} filter matches all.
 *
 * @param tenantId the tenant
 * @param search case-insensitive part of the name or external id
 * @param externalId exact external id
 * @param globalExternalId exact cross-tenant id
 * @param active only active ({@code true}) or inactive ({@code false}) commerces
 * @param placeholder only placeholders ({@code true}) or real ones ({@code false})
 * @param offset rows to skip
 * @param limit rows to return
 */
public record ListCommercesQuery(
    UUID tenantId,
    String search,
    String externalId,
    String globalExternalId,
    Boolean active,
    Boolean placeholder,
    long offset,
    int limit) {}
