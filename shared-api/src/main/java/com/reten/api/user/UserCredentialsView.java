package com.reten.api.user;

import java.util.UUID;

/**
 * What sign-in needs: never part of any response.
 *
 * @param userId the user
 * @param passwordHash adaptive hash to verify against
 */
public record UserCredentialsView(UUID userId, String passwordHash) {}
