package com.reten.api.dispatch;

import java.util.UUID;

/**
 * The directory data a provider request names (API.md §5.4's body), answered with a {@link
 * DispatchPartiesView}. Parties that are unknown in the tenant come back {@code null}.
 *
 * @param tenantId the tenant
 * @param commerceId the activity's commerce
 * @param operatorId its operator, or {@code null}
 * @param routeId its route, or {@code null}
 */
public record FindDispatchPartiesQuery(
    UUID tenantId, UUID commerceId, UUID operatorId, UUID routeId) {}
