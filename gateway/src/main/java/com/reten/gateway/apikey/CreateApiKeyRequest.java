package com.reten.gateway.apikey;

import com.reten.api.security.Permission;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A new key: a label, what it may do (each held by the creator), and an optional expiry. */
record CreateApiKeyRequest(
    @NotBlank @Size(max = 255) String name,
    @NotEmpty List<@NotNull Permission> permissions,
    @Future Instant expiresAt) {}
