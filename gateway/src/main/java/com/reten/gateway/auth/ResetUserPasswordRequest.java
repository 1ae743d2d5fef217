package com.reten.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * An administrator's reset of a member's password.
 *
 * @param userId the member of the active tenant
 * @param newPassword the replacement, 8 to 72 characters
 */
record ResetUserPasswordRequest(
    @NotNull UUID userId, @NotBlank @Size(min = 8, max = 72) String newPassword) {}
