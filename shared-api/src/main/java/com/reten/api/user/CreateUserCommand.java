package com.reten.api.user;

import com.reten.api.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Makes a person a member of a tenant, atomically: an existing user with that e-mail is linked
 * (password and name unchanged), otherwise a new user with {@code userId} is registered. Answered
 * with the id of the user who became a member. The password arrives already hashed.
 *
 * @param tenantId the tenant to join
 * @param userId id to use if no user has this e-mail yet
 * @param email sign-in e-mail
 * @param passwordHash adaptive hash of the password, used only for a new user
 * @param firstName first name, used only for a new user
 * @param lastName last name, used only for a new user
 * @param roles roles to hold in the tenant; each must be strictly below {@code grantorRole}
 * @param grantorRole the sender's highest role in the tenant
 * @param at business time of the request
 */
public record CreateUserCommand(
    UUID tenantId,
    UUID userId,
    String email,
    String passwordHash,
    String firstName,
    String lastName,
    Set<Role> roles,
    Role grantorRole,
    Instant at) {}
