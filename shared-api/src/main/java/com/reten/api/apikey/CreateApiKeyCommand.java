package com.reten.api.apikey;

import com.reten.api.security.Permission;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Issues an API key for an integration. The gateway generates the key and sends only its SHA-256;
 * the plaintext never crosses the bus.
 *
 * @param tenantId the tenant the key acts in
 * @param apiKeyId the new key's id
 * @param userId the creator, whose permissions bound the key's for its whole life
 * @param name a label for people
 * @param keyPrefix {@code rtn_sk_} and the key's next 8 characters, to recognise it by
 * @param keyHash SHA-256 (hex) of the full key
 * @param permissions what the key may do (non-empty)
 * @param grantorPermissions what the creator holds in the tenant now
 * @param expiresAt when the key stops working, or {@code null} for never
 * @param at business time
 */
public record CreateApiKeyCommand(
    UUID tenantId,
    UUID apiKeyId,
    UUID userId,
    String name,
    String keyPrefix,
    String keyHash,
    Set<Permission> permissions,
    Set<Permission> grantorPermissions,
    Instant expiresAt,
    Instant at) {}
