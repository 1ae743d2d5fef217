package com.reten.api.session;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A user signed in and received the first refresh token of a family.
 *
 * @param sessionId the family
 * @param userId the user
 * @param tokenHash SHA-256 of the token's secret half (the secret itself is never stored)
 * @param expiresAt when the token stops working
 * @param startedAt business time
 */
@Revision("1")
public record SessionStartedEvent(
    UUID sessionId, UUID userId, String tokenHash, Instant expiresAt, Instant startedAt) {}
