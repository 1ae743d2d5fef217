package com.reten.api.operator;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Changes an operator; every {@code null} field is left as it is.
 *
 * @param tenantId the caller's tenant (another tenant's operator is not found)
 * @param operatorId the operator
 * @param name new full name, or {@code null}
 * @param email new e-mail, or {@code null}
 * @param phone new E.164 phone number, or {@code null}
 * @param active {@code false} deactivates, {@code true} reactivates, {@code null} leaves it
 * @param metadata merged key by key into the current metadata; a {@code null} value removes a key
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record UpdateOperatorCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID operatorId,
    String name,
    String email,
    String phone,
    Boolean active,
    Map<String, Object> metadata,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
