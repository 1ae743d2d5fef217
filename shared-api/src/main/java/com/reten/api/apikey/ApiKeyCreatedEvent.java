package com.reten.api.apikey;

import com.reten.api.security.Permission;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An API key was issued. Holds the key's SHA-256, never the key.
 *
 * @param tenantId the tenant the key acts in
 * @param apiKeyId the key
 * @param userId the creator
 * @param name a label for people
 * @param keyPrefix {@code rtn_sk_} and the key's next 8 characters
 * @param keyHash SHA-256 (hex) of the full key
 * @param permissions what the key may do
 * @param expiresAt when it stops working, or {@code null}
 * @param createdAt business time
 */
@Revision("1")
public record ApiKeyCreatedEvent(
    UUID tenantId,
    UUID apiKeyId,
    UUID userId,
    String name,
    String keyPrefix,
    String keyHash,
    Set<Permission> permissions,
    Instant expiresAt,
    Instant createdAt) {}
