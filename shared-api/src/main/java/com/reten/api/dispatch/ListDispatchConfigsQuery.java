package com.reten.api.dispatch;

import java.util.UUID;

/**
 * A tenant's dispatch configs (deleted ones excluded), newest first; answered with a list of {@link
 * DispatchConfigView}.
 *
 * @param tenantId the tenant
 */
public record ListDispatchConfigsQuery(UUID tenantId) {}
