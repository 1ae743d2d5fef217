package com.reten.api.operator;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Registers a field operator. {@code email} (case-insensitive) and ({@code type}, {@code
 * externalId}) must be unique in the tenant.
 *
 * @param tenantId the tenant
 * @param operatorId id of the new operator
 * @param type what the operator does
 * @param name full name, split on the first space into first and last name by responses
 * @param email e-mail, or {@code null}
 * @param phone E.164 phone number, or {@code null}
 * @param externalId the operator's id in the tenant's own systems, or {@code null}
 * @param placeholder whether this stands in for a person not yet known
 * @param metadata free-form attributes ({@code null} values are dropped)
 * @param at business time of the request
 */
public record CreateOperatorCommand(
    UUID tenantId,
    UUID operatorId,
    OperatorType type,
    String name,
    String email,
    String phone,
    String externalId,
    boolean placeholder,
    Map<String, Object> metadata,
    Instant at) {}
