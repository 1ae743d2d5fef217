package com.reten.api.apikey;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An API key authenticated a request (recorded at most once a minute).
 *
 * @param tenantId the key's tenant
 * @param apiKeyId the key
 * @param usedAt when
 */
@Revision("1")
public record ApiKeyUsedEvent(UUID tenantId, UUID apiKeyId, Instant usedAt) {}
