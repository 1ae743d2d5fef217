package com.reten.api.resulttype;

import java.util.UUID;

/**
 * A tenant's result-type codes in the order they were defined, answered with a list of {@link
 * TaskResultTypeView}.
 *
 * @param tenantId the tenant
 * @param activeOnly leave out deactivated codes
 */
public record ListTaskResultTypesQuery(UUID tenantId, boolean activeOnly) {}
