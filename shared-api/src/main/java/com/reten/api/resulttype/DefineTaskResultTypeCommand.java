package com.reten.api.resulttype;

import java.time.Instant;
import java.util.UUID;

/**
 * Adds a result-type code to the tenant's catalog; a code the tenant already has is a conflict.
 *
 * @param tenantId the caller's tenant
 * @param type the new code
 * @param at business time
 */
public record DefineTaskResultTypeCommand(
    UUID tenantId, TaskResultTypeDefinition type, Instant at) {}
