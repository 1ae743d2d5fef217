package com.reten.api.operator;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An operator as read models show it.
 *
 * @param id the operator
 * @param tenantId its tenant
 * @param type what the operator does
 * @param name full name
 * @param email lower-cased e-mail, or {@code null}
 * @param phone E.164 phone number, or {@code null}
 * @param externalId id in the tenant's own systems, or {@code null}
 * @param active whether it may be linked to routes
 * @param placeholder whether it stands in for a person not yet known
 * @param metadata free-form attributes
 * @param createdAt creation time
 * @param updatedAt last change
 * @param version the aggregate's sequence number at the last change
 */
public record OperatorView(
    UUID id,
    UUID tenantId,
    OperatorType type,
    String name,
    String email,
    String phone,
    String externalId,
    boolean active,
    boolean placeholder,
    Map<String, Object> metadata,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
