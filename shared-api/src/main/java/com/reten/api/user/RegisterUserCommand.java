package com.reten.api.user;

import java.time.Instant;
import java.util.UUID;

/**
 * Registers a person who can sign in. The e-mail is unique across the platform.
 *
 * @param tenantId the tenant the user is registered through; {@code null} for platform users
 * @param userId the new user's id
 * @param email sign-in e-mail
 * @param passwordHash adaptive hash of the password (never the plaintext)
 * @param firstName first name
 * @param lastName last name
 * @param superAdmin whether the user is a platform SUPER_ADMIN
 * @param at business time of the request
 */
public record RegisterUserCommand(
    UUID tenantId,
    UUID userId,
    String email,
    String passwordHash,
    String firstName,
    String lastName,
    boolean superAdmin,
    Instant at) {}
