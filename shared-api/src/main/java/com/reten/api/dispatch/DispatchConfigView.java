package com.reten.api.dispatch;

import com.reten.api.activity.ActivityChannel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's dispatch config as the read model holds it: never a secret, only the names of the
 * secrets that are set.
 *
 * @param id the config
 * @param tenantId the tenant
 * @param providerId the catalog provider
 * @param providerCode its code
 * @param providerName its name
 * @param channel the channel it dispatches
 * @param baseUrl where requests go, or {@code null}
 * @param settings the non-secret settings
 * @param credentialKeys the names of the stored credentials
 * @param secretSettingKeys the names of the stored SECRET settings
 * @param active whether it dispatches
 * @param createdAt business time of creation
 * @param updatedAt last change
 * @param version aggregate sequence number of the last change
 */
public record DispatchConfigView(
    UUID id,
    UUID tenantId,
    UUID providerId,
    String providerCode,
    String providerName,
    ActivityChannel channel,
    String baseUrl,
    Map<String, Object> settings,
    List<String> credentialKeys,
    List<String> secretSettingKeys,
    boolean active,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
