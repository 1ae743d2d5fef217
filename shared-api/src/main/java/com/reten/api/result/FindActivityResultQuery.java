package com.reten.api.result;

import java.util.UUID;

/**
 * One result of a tenant, answered with an optional {@link ActivityResultView}.
 *
 * @param tenantId the tenant
 * @param resultId the result
 */
public record FindActivityResultQuery(UUID tenantId, UUID resultId) {}
