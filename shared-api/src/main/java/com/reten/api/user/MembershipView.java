package com.reten.api.user;

import com.reten.api.security.Role;
import java.util.Set;
import java.util.UUID;

/**
 * A user's roles in one tenant.
 *
 * @param tenantId the tenant
 * @param roles roles held there
 */
public record MembershipView(UUID tenantId, Set<Role> roles) {}
