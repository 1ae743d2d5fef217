package com.reten.api.user;

import com.reten.api.security.Role;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ends a user's membership of a tenant and revokes their refresh tokens. The member's highest role
 * must be strictly below {@code grantorRole}.
 *
 * @param tenantId the tenant
 * @param userId the member
 * @param grantorRole the sender's highest role in the tenant
 * @param at business time of the request
 */
public record RemoveTenantMemberCommand(
    UUID tenantId, @TargetAggregateIdentifier UUID userId, Role grantorRole, Instant at) {}
