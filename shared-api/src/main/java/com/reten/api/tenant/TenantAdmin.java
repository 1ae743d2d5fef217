package com.reten.api.tenant;

import java.util.UUID;

/**
 * The first administrator named in a tenant set-up. The password arrives already hashed: no
 * plaintext crosses the command bus.
 *
 * @param userId id to use if no user has this e-mail yet
 * @param email the administrator's e-mail
 * @param passwordHash adaptive hash of the password, used only for a new user
 * @param firstName first name, used only for a new user
 * @param lastName last name, used only for a new user
 */
public record TenantAdmin(
    UUID userId, String email, String passwordHash, String firstName, String lastName) {}
