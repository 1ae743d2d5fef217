package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A commerce user lost a role.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param role the role
 * @param removedAt business time
 */
@Revision("1")
public record CommerceUserRoleRemovedEvent(
    UUID tenantId, UUID commerceId, UUID userId, CommerceRole role, Instant removedAt) {}
