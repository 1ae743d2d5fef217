package com.reten.api.tenant;

import java.time.Instant;
import java.util.UUID;

/**
 * Creates a tenant and makes {@code admin} its ADMIN, atomically: an existing user with that e-mail
 * is linked (password unchanged), otherwise a new user with {@code admin.userId()} is registered.
 *
 * @param tenantId id of the new tenant
 * @param name display name
 * @param slug unique URL-safe name
 * @param admin the tenant's first administrator
 * @param at business time of the request
 */
public record SetUpTenantCommand(
    UUID tenantId, String name, String slug, TenantAdmin admin, Instant at) {}
