package com.reten.api.apikey;

import com.reten.api.security.Permission;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An API key as read models show it: never the key itself.
 *
 * @param id the key
 * @param tenantId its tenant
 * @param userId its creator
 * @param name label
 * @param keyPrefix {@code rtn_sk_} and the next 8 characters
 * @param permissions what it may do
 * @param expiresAt expiry, or {@code null}
 * @param lastUsedAt last recorded use, or {@code null}
 * @param createdAt creation time
 * @param revokedAt revocation time, or {@code null}
 */
public record ApiKeyView(
    UUID id,
    UUID tenantId,
    UUID userId,
    String name,
    String keyPrefix,
    Set<Permission> permissions,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant createdAt,
    Instant revokedAt) {

  /** Whether the key authenticates at {@code now}: not revoked, not expired. */
  public boolean isActiveAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }
}
