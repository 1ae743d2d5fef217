package com.reten.gateway.user;

import com.reten.api.security.Role;
import java.util.List;
import java.util.UUID;

/** A member's roles in the active tenant after a change, highest first. */
record UserRolesResponse(UUID id, List<Role> roles) {}
