package com.reten.api.apikey;

import java.util.UUID;

/**
 * A user's keys in a tenant, newest first; answered with a list of {@link ApiKeyView}.
 *
 * @param tenantId the tenant
 * @param userId the creator
 */
public record ListApiKeysQuery(UUID tenantId, UUID userId) {}
