package com.reten.api.operator;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A field operator was registered, active.
 *
 * @param tenantId the tenant
 * @param operatorId the operator
 * @param type what the operator does
 * @param name full name
 * @param email lower-cased e-mail, or {@code null}
 * @param phone E.164 phone number, or {@code null}
 * @param externalId id in the tenant's own systems, or {@code null}
 * @param placeholder whether this stands in for a person not yet known
 * @param metadata free-form attributes
 * @param createdAt business time
 */
@Revision("1")
public record OperatorCreatedEvent(
    UUID tenantId,
    UUID operatorId,
    OperatorType type,
    String name,
    String email,
    String phone,
    String externalId,
    boolean placeholder,
    Map<String, Object> metadata,
    Instant createdAt) {}
