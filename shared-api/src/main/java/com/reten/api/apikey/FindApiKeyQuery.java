package com.reten.api.apikey;

import java.util.UUID;

/**
 * One key of a tenant, answered with an optional {@link ApiKeyView}.
 *
 * @param tenantId the tenant
 * @param apiKeyId the key
 */
public record FindApiKeyQuery(UUID tenantId, UUID apiKeyId) {}
