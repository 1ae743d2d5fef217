package com.reten.api.session;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Exchanges the family's current refresh token for a new one; answered with a {@link
 * SessionRotation}. Presenting a token the family already rotated away revokes the whole family.
 *
 * @param sessionId the family
 * @param presentedTokenHash SHA-256 of the presented token's secret half
 * @param newTokenHash SHA-256 of the replacement's secret half
 * @param newExpiresAt when the replacement stops working
 * @param at business time
 */
public record RotateSessionCommand(
    @TargetAggregateIdentifier UUID sessionId,
    String presentedTokenHash,
    String newTokenHash,
    Instant newExpiresAt,
    Instant at) {}
