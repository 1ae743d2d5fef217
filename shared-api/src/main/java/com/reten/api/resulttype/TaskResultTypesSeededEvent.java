package com.reten.api.resulttype;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A tenant's result-type catalog came into being with its default codes, all active.
 *
 * @param tenantId the tenant
 * @param catalogId {@link TaskResultTypes#catalogId} of the tenant
 * @param types the codes, in catalog order
 * @param seededAt business time
 */
@Revision("1")
public record TaskResultTypesSeededEvent(
    UUID tenantId, UUID catalogId, List<TaskResultTypeDefinition> types, Instant seededAt) {}
