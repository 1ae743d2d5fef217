package com.reten.gateway.security;

import com.reten.api.security.Permission;

/**
 * An endpoint's access rule, read from its annotation.
 *
 * @param isPublic no authentication needed
 * @param permission the permission needed, or {@code null} when being signed in is enough
 * @param tenantScoped whether {@code x-tenant-id} is required and the permission is checked there
 */
record AccessRule(boolean isPublic, Permission permission, boolean tenantScoped) {}
