package com.reten.api.user;

import com.reten.api.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces a member's roles in a tenant. The member's current highest role and every granted role
 * must be strictly below {@code grantorRole}.
 *
 * @param tenantId the tenant
 * @param userId the member
 * @param roles the new roles (at least one)
 * @param grantorRole the sender's highest role in the tenant
 * @param at business time of the request
 */
public record ChangeUserRolesCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID userId,
    Set<Role> roles,
    Role grantorRole,
    Instant at) {}
