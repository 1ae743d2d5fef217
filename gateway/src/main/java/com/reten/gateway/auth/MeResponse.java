package com.reten.gateway.auth;

import com.reten.api.security.Role;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in user. {@code roles} are those held in the {@code x-tenant-id} tenant, or across the
 * user's tenants when no tenant header is sent; SUPER_ADMIN is listed for platform admins.
 */
record MeResponse(
    UUID id,
    String email,
    String firstName,
    String lastName,
    List<UUID> tenantIds,
    List<Role> roles) {}
