package com.reten.api.dispatch;

import com.reten.api.activity.ActivityChannel;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A tenant configured a provider for a channel; the config starts active. Secrets are only ever
 * here as AES-256-GCM ciphertext, keyed by field name.
 *
 * @param tenantId the tenant
 * @param configId the config
 * @param providerId the catalog provider
 * @param channel the channel it dispatches
 * @param baseUrl where requests go, or {@code null} (MOCK)
 * @param settings the non-secret settings
 * @param sealedCredentials every credential, encrypted
 * @param sealedSettings the SECRET settings (such as {@code signingSecret}), encrypted
 * @param createdAt business time
 */
@Revision("1")
public record DispatchConfigCreatedEvent(
    UUID tenantId,
    UUID configId,
    UUID providerId,
    ActivityChannel channel,
    String baseUrl,
    Map<String, Object> settings,
    Map<String, String> sealedCredentials,
    Map<String, String> sealedSettings,
    Instant createdAt) {}
