package com.reten.api.resulttype;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A tenant added an active result-type code.
 *
 * @param tenantId the tenant
 * @param catalogId the tenant's catalog
 * @param type the code
 * @param definedAt business time
 */
@Revision("1")
public record TaskResultTypeDefinedEvent(
    UUID tenantId, UUID catalogId, TaskResultTypeDefinition type, Instant definedAt) {}
