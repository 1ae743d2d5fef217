package com.reten.api.apikey;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Revokes an API key for good; only its creator may.
 *
 * @param tenantId the caller's tenant (another tenant's key is not found)
 * @param apiKeyId the key
 * @param userId who asks
 * @param at business time
 */
public record RevokeApiKeyCommand(
    UUID tenantId, @TargetAggregateIdentifier UUID apiKeyId, UUID userId, Instant at) {}
