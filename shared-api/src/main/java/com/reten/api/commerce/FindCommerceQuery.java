package com.reten.api.commerce;

import java.util.UUID;

/**
 * One commerce of a tenant with its addresses and users, answered with an optional {@link
 * CommerceView}.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 */
public record FindCommerceQuery(UUID tenantId, UUID commerceId) {}
