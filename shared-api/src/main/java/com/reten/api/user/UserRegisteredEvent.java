package com.reten.api.user;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A person became able to sign in. Carries the password's adaptive hash because sign-in needs it;
 * never a plaintext password.
 *
 * @param tenantId the tenant the user was registered through; {@code null} for platform users
 * @param userId the user
 * @param email normalised sign-in e-mail
 * @param firstName first name
 * @param lastName last name
 * @param passwordHash adaptive (BCrypt) hash
 * @param superAdmin whether the user is a platform SUPER_ADMIN
 * @param registeredAt business time
 */
@Revision("1")
public record UserRegisteredEvent(
    UUID tenantId,
    UUID userId,
    String email,
    String firstName,
    String lastName,
    String passwordHash,
    boolean superAdmin,
    Instant registeredAt) {}
