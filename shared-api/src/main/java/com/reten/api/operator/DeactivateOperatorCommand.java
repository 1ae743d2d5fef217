package com.reten.api.operator;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deactivates an operator (the DELETE of the API); an inactive operator stays readable and keeps
 * its e-mail and external id. Deactivating an inactive operator changes nothing.
 *
 * @param tenantId the caller's tenant (another tenant's operator is not found)
 * @param operatorId the operator
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record DeactivateOperatorCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID operatorId,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
