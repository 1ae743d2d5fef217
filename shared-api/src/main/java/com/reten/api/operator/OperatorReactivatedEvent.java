package com.reten.api.operator;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A deactivated operator became active again.
 *
 * @param tenantId the tenant
 * @param operatorId the operator
 * @param reactivatedAt business time
 */
@Revision("1")
public record OperatorReactivatedEvent(UUID tenantId, UUID operatorId, Instant reactivatedAt) {}
