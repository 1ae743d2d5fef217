package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceRole;
import jakarta.validation.constraints.NotNull;

/** A role to give a commerce user. */
record RoleRequest(@NotNull CommerceRole role) {}
