package com.reten.api.user;

import com.reten.api.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A user as a member of one tenant.
 *
 * @param id the user
 * @param email sign-in e-mail
 * @param firstName first name
 * @param lastName last name
 * @param roles roles held in that tenant
 * @param joinedAt when the membership began
 */
public record TenantUserView(
    UUID id, String email, String firstName, String lastName, Set<Role> roles, Instant joinedAt) {}
