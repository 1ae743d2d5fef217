package com.reten.commandside.dispatchconfig;

import com.reten.api.activity.ActivityChannel;
import com.reten.commandside.dispatchconfig.CredentialsCipher.UnreadableSecretException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A dispatch config as the dispatcher reads it before an attempt. Secrets stay sealed here; they
 * are opened only for the request being sent, and never kept.
 *
 * @param configId the config
 * @param tenantId its tenant
 * @param providerId its provider
 * @param channel its channel
 * @param baseUrl where requests go, or {@code null} (MOCK)
 * @param active whether it dispatches (false also once deleted)
 * @param sealedCredentials the credentials, encrypted
 * @param sealedSettings the SECRET settings, encrypted
 */
public record DispatchTarget(
    UUID configId,
    UUID tenantId,
    UUID providerId,
    ActivityChannel channel,
    String baseUrl,
    boolean active,
    Map<String, String> sealedCredentials,
    Map<String, String> sealedSettings) {

  /** The credentials in clear, for one request. */
  public Map<String, String> credentials(CredentialsCipher cipher)
      throws UnreadableSecretException {
    Map<String, String> open = new LinkedHashMap<>();
    for (var entry : sealedCredentials.entrySet()) {
      open.put(
          entry.getKey(),
          cipher.open(
              entry.getValue(), ConfigSecrets.credentialPlace(tenantId, configId, entry.getKey())));
    }
    return open;
  }

  /** The {@code signingSecret} setting in clear, if set. */
  public Optional<String> signingSecret(CredentialsCipher cipher) throws UnreadableSecretException {
    String sealed = sealedSettings.get(ConfigRules.SIGNING_SECRET);
    if (sealed == null) {
      return Optional.empty();
    }
    return Optional.of(
        cipher.open(
            sealed, ConfigSecrets.settingPlace(tenantId, configId, ConfigRules.SIGNING_SECRET)));
  }
}
