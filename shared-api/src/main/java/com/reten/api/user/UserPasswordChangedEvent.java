package com.reten.api.user;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A user's password changed, by the user or by a tenant's administrator. Carries the new adaptive
 * hash because sign-in needs it; never a plaintext password. Every refresh session the user started
 * at or before {@code changedAt} is revoked.
 *
 * @param tenantId the tenant the reset was made through; {@code null} when users change their own
 * @param userId the user
 * @param passwordHash adaptive (BCrypt) hash of the new password
 * @param changedAt business time; also the time before which the user's sessions are revoked
 */
@Revision("1")
public record UserPasswordChangedEvent(
    UUID tenantId, UUID userId, String passwordHash, Instant changedAt) {}
