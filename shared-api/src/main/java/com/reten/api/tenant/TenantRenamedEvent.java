package com.reten.api.tenant;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A tenant's display name changed.
 *
 * @param tenantId the tenant
 * @param name the new name
 * @param renamedAt business time
 */
@Revision("1")
public record TenantRenamedEvent(UUID tenantId, String name, Instant renamedAt) {}
