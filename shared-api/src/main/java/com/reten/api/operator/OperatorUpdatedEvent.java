package com.reten.api.operator;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An operator's details changed; carries every detail as it now is.
 *
 * @param tenantId the tenant
 * @param operatorId the operator
 * @param name full name
 * @param email lower-cased e-mail, or {@code null}
 * @param phone E.164 phone number, or {@code null}
 * @param metadata free-form attributes, after the merge
 * @param updatedAt business time
 */
@Revision("1")
public record OperatorUpdatedEvent(
    UUID tenantId,
    UUID operatorId,
    String name,
    String email,
    String phone,
    Map<String, Object> metadata,
    Instant updatedAt) {}
