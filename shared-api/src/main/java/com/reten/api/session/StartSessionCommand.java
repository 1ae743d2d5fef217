package com.reten.api.session;

import java.time.Instant;
import java.util.UUID;

/**
 * Opens a refresh-token family after a successful sign-in. Sessions are platform-level: they carry
 * no tenant.
 *
 * @param sessionId the family's id (the public half of every refresh token of the family)
 * @param userId who signed in
 * @param tokenHash SHA-256 of the first refresh token's secret half
 * @param expiresAt when that token stops working
 * @param at business time
 */
public record StartSessionCommand(
    UUID sessionId, UUID userId, String tokenHash, Instant expiresAt, Instant at) {}
