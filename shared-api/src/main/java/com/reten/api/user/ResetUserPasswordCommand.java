package com.reten.api.user;

import com.reten.api.security.Role;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets another user's password on behalf of a tenant, revoking the user's refresh tokens. The user
 * must be a member of the tenant, and their highest role anywhere (a password opens every tenant)
 * strictly below {@code grantorRole}.
 *
 * @param tenantId the tenant the reset is made through
 * @param userId the user
 * @param passwordHash adaptive hash of the new password (never the plaintext)
 * @param grantorRole the sender's highest role in the tenant
 * @param at business time of the request
 */
public record ResetUserPasswordCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID userId,
    String passwordHash,
    Role grantorRole,
    Instant at) {}
