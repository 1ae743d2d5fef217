package com.reten.gateway.user;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** The roles that replace a member's roles in the active tenant (any case). */
record ChangeRolesRequest(
    @NotEmpty
        List<@NotNull @Pattern(regexp = RoleNames.PATTERN, message = RoleNames.MESSAGE) String>
            roles) {}
