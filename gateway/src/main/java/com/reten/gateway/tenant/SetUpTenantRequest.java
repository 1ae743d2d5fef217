package com.reten.gateway.tenant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new tenant and its first administrator (snake_case or camelCase field names). */
record SetUpTenantRequest(
    @NotBlank @Size(max = 255) String name,
    @NotBlank @Pattern(regexp = "^[a-z0-9-]{3,63}$", message = "must match ^[a-z0-9-]{3,63}$")
        String slug,
    @NotBlank @Email @Size(max = 320) String adminEmail,
    @NotBlank @Size(min = 8, max = 72) String adminPassword,
    @NotBlank @Size(max = 255) String adminFirstName,
    @NotBlank @Size(max = 255) String adminLastName) {}
