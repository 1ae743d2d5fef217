package com.reten.api.operator;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An operator was deactivated: still readable, no longer linkable to routes.
 *
 * @param tenantId the tenant
 * @param operatorId the operator
 * @param deactivatedAt business time
 */
@Revision("1")
public record OperatorDeactivatedEvent(UUID tenantId, UUID operatorId, Instant deactivatedAt) {}
