package com.reten.api.user;

import java.util.UUID;

/**
 * One member of a tenant, answered with an optional {@link TenantUserView}; empty when the user is
 * not a member of that tenant.
 *
 * @param tenantId the tenant
 * @param userId the user
 */
public record FindTenantUserQuery(UUID tenantId, UUID userId) {}
