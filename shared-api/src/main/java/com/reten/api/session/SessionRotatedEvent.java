package com.reten.api.session;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A family's refresh token was exchanged for a new one.
 *
 * @param sessionId the family
 * @param userId the user
 * @param tokenHash SHA-256 of the new token's secret half
 * @param expiresAt when the new token stops working
 * @param rotatedAt business time
 */
@Revision("1")
public record SessionRotatedEvent(
    UUID sessionId, UUID userId, String tokenHash, Instant expiresAt, Instant rotatedAt) {}
