package com.reten.commandside.dispatchconfig;

import com.reten.api.audit.SecretNames;
import com.reten.api.dispatch.FieldType;
import com.reten.api.dispatch.SchemaField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A config's settings, split into those shown in responses and the SECRET ones (such as {@code
 * signingSecret}), which are kept sealed.
 *
 * @param shown non-secret settings
 * @param sealed SECRET settings, encrypted, by key
 */
record ConfigSettings(Map<String, Object> shown, Map<String, String> sealed) {

  static final ConfigSettings EMPTY = new ConfigSettings(Map.of(), Map.of());

  ConfigSettings {
    shown = Map.copyOf(shown == null ? Map.of() : shown);
    sealed = Map.copyOf(sealed == null ? Map.of() : sealed);
  }

  /**
   * These settings with {@code changes} merged in key by key ({@code null} removes a key), each
   * value checked against {@code schema}; SECRET values are sealed by {@code secrets}.
   */
  ConfigSettings merge(
      Map<String, Object> changes, List<SchemaField> schema, ConfigSecrets secrets) {
    if (changes == null) {
      return this;
    }
    Map<String, Object> nextShown = new LinkedHashMap<>(shown);
    Map<String, String> nextSealed = new LinkedHashMap<>(sealed);
    changes.forEach(
        (rawKey, value) -> {
          String key = ConfigRules.canonical(rawKey, schema);
          Optional<SchemaField> field = ConfigRules.field(key, schema);
          boolean secret = field.map(f -> f.type() == FieldType.SECRET).orElse(false);
          // A free-form setting is stored and shown in plain text, so it may not be a secret.
          ProviderRules.require(
              field.isPresent() || value == null || !SecretNames.isSecret(key),
              "settings."
                  + rawKey
                  + ": named like a secret but not a password setting of this channel's schema;"
                  + " send secrets as credentials or as a declared password setting");
          if (value == null) {
            nextShown.remove(key);
            nextSealed.remove(key);
          } else if (secret) {
            nextSealed.put(
                key, secrets.sealSetting(key, ConfigRules.secret("settings." + key, value)));
          } else {
            nextShown.put(key, ConfigRules.shownValue(key, value, field));
          }
        });
    ConfigRules.requireSettingsComplete(schema, nextShown, nextSealed);
    return new ConfigSettings(nextShown, nextSealed);
  }
}
