package com.reten.api.user;

import com.reten.api.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A user joined a tenant with the given roles.
 *
 * @param tenantId the tenant
 * @param userId the user
 * @param roles roles held in that tenant
 * @param addedAt business time
 */
@Revision("1")
public record TenantMemberAddedEvent(
    UUID tenantId, UUID userId, Set<Role> roles, Instant addedAt) {}
