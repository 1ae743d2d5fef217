package com.reten.api.tenant;

import java.util.UUID;

/**
 * One tenant by id, answered with an optional {@link TenantView}.
 *
 * @param tenantId the tenant
 */
public record FindTenantQuery(UUID tenantId) {}
