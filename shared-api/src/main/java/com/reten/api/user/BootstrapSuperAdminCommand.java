package com.reten.api.user;

/**
 * Registers {@code user} as SUPER_ADMIN only if no user exists at all; answered with {@code true}
 * when it did. Safe to send from every node at every start.
 *
 * @param user the registration to perform, with {@code superAdmin} set
 */
public record BootstrapSuperAdminCommand(RegisterUserCommand user) {}
