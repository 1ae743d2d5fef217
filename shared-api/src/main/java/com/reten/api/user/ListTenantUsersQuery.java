package com.reten.api.user;

import java.util.UUID;

/**
 * One page of a tenant's members, newest membership first (ties by user id), answered with a {@link
 * TenantUserPage}.
 *
 * @param tenantId the tenant
 * @param page 1-based page number
 * @param limit members per page
 */
public record ListTenantUsersQuery(UUID tenantId, int page, int limit) {}
