package com.reten.commandside.dispatchconfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Seals one config's secrets, each bound to its place: {@code <tenant>/<config>/credentials/<key>}
 * or {@code .../settings/<key>}. {@link DispatchTarget} opens them with the same places.
 */
final class ConfigSecrets {

  private final CredentialsCipher cipher;
  private final UUID tenantId;
  private final UUID configId;

  ConfigSecrets(CredentialsCipher cipher, UUID tenantId, UUID configId) {
    this.cipher = cipher;
    this.tenantId = tenantId;
    this.configId = configId;
  }

  Map<String, String> sealCredentials(Map<String, String> credentials) {
    Map<String, String> sealed = new LinkedHashMap<>();
    credentials.forEach(
        (key, value) ->
            sealed.put(key, cipher.seal(value, credentialPlace(tenantId, configId, key))));
    return sealed;
  }

  String sealSetting(String key, String value) {
    return cipher.seal(value, settingPlace(tenantId, configId, key));
  }

  static String credentialPlace(UUID tenantId, UUID configId, String key) {
    return tenantId + "/" + configId + "/credentials/" + key;
  }

  static String settingPlace(UUID tenantId, UUID configId, String key) {
    return tenantId + "/" + configId + "/settings/" + key;
  }
}
