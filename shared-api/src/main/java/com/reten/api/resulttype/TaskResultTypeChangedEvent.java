package com.reten.api.resulttype;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A result-type code's label, rule or active flag changed; carries the whole new state.
 *
 * @param tenantId the tenant
 * @param catalogId the tenant's catalog
 * @param type the code with its label and rule after the change
 * @param active whether results may use it now
 * @param changedAt business time
 */
@Revision("1")
public record TaskResultTypeChangedEvent(
    UUID tenantId,
    UUID catalogId,
    TaskResultTypeDefinition type,
    boolean active,
    Instant changedAt) {}
