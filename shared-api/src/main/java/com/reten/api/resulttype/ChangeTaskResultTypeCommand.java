package com.reten.api.resulttype;

import java.time.Instant;
import java.util.UUID;

/**
 * Changes one code of the tenant's catalog; every {@code null} keeps the current value.
 *
 * @param tenantId the caller's tenant
 * @param code the code to change (unknown: not found)
 * @param label new label, or {@code null}
 * @param requiresFutureScheduledAt new rule, or {@code null}
 * @param active whether results may use the code, or {@code null}
 * @param at business time
 */
public record ChangeTaskResultTypeCommand(
    UUID tenantId,
    String code,
    String label,
    Boolean requiresFutureScheduledAt,
    Boolean active,
    Instant at) {}
