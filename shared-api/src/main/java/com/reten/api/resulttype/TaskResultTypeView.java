package com.reten.api.resulttype;

import java.time.Instant;

/**
 * A result-type code as the read model holds it.
 *
 * @param code the code
 * @param label human name
 * @param requiresFutureScheduledAt whether results with it need a future date
 * @param active whether results may use it
 * @param createdAt business time it was defined
 * @param updatedAt business time of its last change
 */
public record TaskResultTypeView(
    String code,
    String label,
    boolean requiresFutureScheduledAt,
    boolean active,
    Instant createdAt,
    Instant updatedAt) {}
