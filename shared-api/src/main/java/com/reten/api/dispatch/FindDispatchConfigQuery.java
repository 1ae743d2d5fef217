package com.reten.api.dispatch;

import java.util.UUID;

/**
 * One dispatch config of a tenant (not deleted), answered with an optional {@link
 * DispatchConfigView}.
 *
 * @param tenantId the tenant
 * @param configId the config
 */
public record FindDispatchConfigQuery(UUID tenantId, UUID configId) {}
