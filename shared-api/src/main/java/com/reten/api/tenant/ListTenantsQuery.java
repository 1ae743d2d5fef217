package com.reten.api.tenant;

import java.util.Set;
import java.util.UUID;

/**
 * Tenants visible to a caller, oldest first: every tenant when {@code all}, else those in {@code
 * tenantIds}. Answered with a list of {@link TenantView}.
 *
 * @param all whether the caller may see every tenant (SUPER_ADMIN)
 * @param tenantIds the caller's tenants, used when {@code all} is false
 */
public record ListTenantsQuery(boolean all, Set<UUID> tenantIds) {}
