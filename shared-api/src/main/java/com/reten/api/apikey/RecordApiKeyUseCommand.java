package com.reten.api.apikey;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Notes that a key authenticated a request; recorded at most once a minute per key.
 *
 * @param tenantId the key's tenant
 * @param apiKeyId the key
 * @param at when it was used
 */
public record RecordApiKeyUseCommand(
    UUID tenantId, @TargetAggregateIdentifier UUID apiKeyId, Instant at) {}
