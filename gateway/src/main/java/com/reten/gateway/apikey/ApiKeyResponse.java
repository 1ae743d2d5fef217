package com.reten.gateway.apikey;

import com.reten.api.apikey.ApiKeyView;
import com.reten.api.security.Permission;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API key as listed: never the key itself. */
record ApiKeyResponse(
    UUID id,
    String name,
    String keyPrefix,
    UUID userId,
    UUID tenantId,
    boolean isActive,
    List<Permission> permissions,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant createdAt,
    Instant revokedAt) {

  static ApiKeyResponse of(ApiKeyView view, Instant now) {
    return new ApiKeyResponse(
        view.id(),
        view.name(),
        view.keyPrefix(),
        view.userId(),
        view.tenantId(),
        view.isActiveAt(now),
        view.permissions().stream().sorted().toList(),
        view.expiresAt(),
        view.lastUsedAt(),
        view.createdAt(),
        view.revokedAt());
  }
}
