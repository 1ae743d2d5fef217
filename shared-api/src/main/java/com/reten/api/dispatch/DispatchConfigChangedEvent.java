package com.reten.api.dispatch;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A dispatch config's base URL, settings or credentials changed; carries the whole new state of
 * those fields, secrets as ciphertext only.
 *
 * @param tenantId the tenant
 * @param configId the config
 * @param baseUrl the base URL now
 * @param settings the non-secret settings now
 * @param sealedCredentials every credential now, encrypted
 * @param sealedSettings the SECRET settings now, encrypted
 * @param changedAt business time
 */
@Revision("1")
public record DispatchConfigChangedEvent(
    UUID tenantId,
    UUID configId,
    String baseUrl,
    Map<String, Object> settings,
    Map<String, String> sealedCredentials,
    Map<String, String> sealedSettings,
    Instant changedAt) {}
