package com.reten.api.user;

import com.reten.api.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A member's roles in a tenant were replaced.
 *
 * @param tenantId the tenant
 * @param userId the member
 * @param roles the roles now held there
 * @param changedAt business time
 */
@Revision("1")
public record TenantMemberRolesChangedEvent(
    UUID tenantId, UUID userId, Set<Role> roles, Instant changedAt) {}
