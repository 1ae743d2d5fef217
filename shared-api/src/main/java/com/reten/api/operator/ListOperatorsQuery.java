package com.reten.api.operator;

import java.util.UUID;

/**
 * A page of a tenant's operators, newest first (ties by id), answered with an {@link OperatorPage}.
 * Every {@code null} filter matches all.
 *
 * @param tenantId the tenant
 * @param search case-insensitive text contained in the name or the e-mail
 * @param type only operators of this type
 * @param active only active ({@code true}) or inactive ({@code false}) operators
 * @param page 1-based page number
 * @param limit page size
 */
public record ListOperatorsQuery(
    UUID tenantId, String search, OperatorType type, Boolean active, int page, int limit) {}
