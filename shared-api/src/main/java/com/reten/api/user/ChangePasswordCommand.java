package com.reten.api.user;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A signed-in user sets their own password, revoking their refresh tokens. Platform-level: carries
 * no tenant. The gateway has already verified the current password.
 *
 * @param userId the user
 * @param passwordHash adaptive hash of the new password (never the plaintext)
 * @param at business time of the request
 */
public record ChangePasswordCommand(
    @TargetAggregateIdentifier UUID userId, String passwordHash, Instant at) {}
