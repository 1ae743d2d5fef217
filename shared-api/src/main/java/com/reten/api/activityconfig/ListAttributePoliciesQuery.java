package com.reten.api.activityconfig;

import java.util.UUID;

/**
 * The tenant's attribute policies, in catalog order, answered with a list of {@link
 * AttributePolicyView}. Keys without a policy are not listed.
 *
 * @param tenantId the tenant
 */
public record ListAttributePoliciesQuery(UUID tenantId) {}
