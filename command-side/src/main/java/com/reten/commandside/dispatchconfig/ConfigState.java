package com.reten.commandside.dispatchconfig;

import com.reten.api.dispatch.CreateDispatchConfigCommand;
import com.reten.api.dispatch.UpdateDispatchConfigCommand;
import java.util.Map;

/**
 * What a PATCH of a dispatch config may change: its base URL, settings and sealed credentials,
 * compared as a whole to tell whether a change changes anything. Re-sent secrets are sealed with a
 * fresh nonce, so they always count as a change.
 *
 * @param baseUrl where requests go, or {@code null} (MOCK)
 * @param settings shown and sealed settings
 * @param sealedCredentials every credential, encrypted
 */
record ConfigState(String baseUrl, ConfigSettings settings, Map<String, String> sealedCredentials) {

  static ConfigState of(
      CreateDispatchConfigCommand command, ProviderTerms terms, ConfigSecrets secrets) {
    var given = command.settings() == null ? Map.<String, Object>of() : command.settings();
    return new ConfigState(
        ConfigRules.baseUrl(command.baseUrl(), terms),
        ConfigSettings.EMPTY.merge(given, ConfigRules.settingsSchema(terms.definition()), secrets),
        secrets.sealCredentials(
            ConfigRules.credentials(command.credentials(), terms.definition())));
  }

  /** This state with a PATCH applied: {@code null} fields keep theirs, settings are merged. */
  ConfigState patched(
      UpdateDispatchConfigCommand command, ProviderTerms terms, ConfigSecrets secrets) {
    return new ConfigState(
        command.baseUrl() == null ? baseUrl : ConfigRules.baseUrl(command.baseUrl(), terms),
        settings.merge(command.settings(), ConfigRules.settingsSchema(terms.definition()), secrets),
        command.credentials() == null
            ? sealedCredentials
            : secrets.sealCredentials(
                ConfigRules.credentials(command.credentials(), terms.definition())));
  }
}
