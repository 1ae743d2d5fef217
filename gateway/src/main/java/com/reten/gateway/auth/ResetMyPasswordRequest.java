package com.reten.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A signed-in user's own password change.
 *
 * @param currentPassword the password in use, verified before anything changes
 * @param newPassword the replacement, 8 to 72 characters (BCrypt reads at most 72 bytes)
 */
record ResetMyPasswordRequest(
    @NotBlank String currentPassword, @NotBlank @Size(min = 8, max = 72) String newPassword) {}
