package com.reten.api.operator;

import java.util.UUID;

/**
 * One operator of a tenant, answered with an optional {@link OperatorView}.
 *
 * @param tenantId the tenant
 * @param operatorId the operator
 */
public record FindOperatorQuery(UUID tenantId, UUID operatorId) {}
