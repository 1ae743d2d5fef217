package com.reten.gateway.dispatch;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.DispatchConfigView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dispatch config as every config route returns it (API.md §5.3). Credentials and password-type
 * settings are write-only: only their names are listed (ours).
 */
record ConfigResponse(
    UUID id,
    UUID dispatchProviderId,
    ActivityChannel channel,
    String baseUrl,
    Map<String, Object> settings,
    boolean isActive,
    Provider dispatchProvider,
    List<String> credentialKeys,
    List<String> secretSettingKeys,
    Instant createdAt,
    Instant updatedAt) {

  record Provider(String code, String name) {}

  static ConfigResponse of(DispatchConfigView view) {
    return new ConfigResponse(
        view.id(),
        view.providerId(),
        view.channel(),
        view.baseUrl(),
        view.settings(),
        view.active(),
        new Provider(view.providerCode(), view.providerName()),
        view.credentialKeys(),
        view.secretSettingKeys(),
        view.createdAt(),
        view.updatedAt());
  }
}
