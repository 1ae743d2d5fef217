package com.reten.api.user;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A user stopped being a member of a tenant. Every refresh session the user started at or before
 * {@code removedAt} is revoked, in all tenants (sessions are platform-level).
 *
 * @param tenantId the tenant
 * @param userId the former member
 * @param removedAt business time; also the time before which the user's sessions are revoked
 */
@Revision("1")
public record TenantMemberRemovedEvent(UUID tenantId, UUID userId, Instant removedAt) {}
