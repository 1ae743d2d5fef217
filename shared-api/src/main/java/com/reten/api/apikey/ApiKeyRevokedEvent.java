package com.reten.api.apikey;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An API key stopped working for good.
 *
 * @param tenantId the key's tenant
 * @param apiKeyId the key
 * @param userId who revoked it
 * @param revokedAt business time
 */
@Revision("1")
public record ApiKeyRevokedEvent(UUID tenantId, UUID apiKeyId, UUID userId, Instant revokedAt) {}
