package com.reten.commandside.dispatchconfig;

import static com.reten.commandside.dispatchconfig.ProviderRules.require;

import com.reten.api.dispatch.ChannelDefinition;
import com.reten.api.dispatch.FieldType;
import com.reten.api.dispatch.SchemaField;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a tenant's dispatch config must look like (API.md §5.3): an http(s) base URL, the
 * credentials its channel definition asks for, and settings of the right types.
 */
final class ConfigRules {

  static final String SIGNING_SECRET = "signingSecret";
  static final String HOOK_URL = "hookUrl";
  static final int MAX_SECRET = 4096;
  private static final int MAX_URL = 2048;
  private static final int MAX_KEYS = 50;

  private ConfigRules() {}

  /** The base URL without trailing slashes; required for every provider but MOCK. */
  static String baseUrl(String raw, ProviderTerms terms) {
    if (raw == null || raw.isBlank()) {
      require(terms.mock(), "base_url: required for provider " + terms.code());
      return null;
    }
    String url = raw.strip();
    require(url.length() <= MAX_URL, "base_url: at most " + MAX_URL + " characters");
    require(isHttpUrl(url), "base_url: must be an absolute http or https URL");
    require(
        URI.create(url).getRawUserInfo() == null,
        "base_url: must not carry a user or password (use credentials)");
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    return url;
  }

  /** The credentials, checked against the schema: known keys, non-blank strings, required set. */
  static Map<String, String> credentials(Map<String, Object> raw, ChannelDefinition definition) {
    List<SchemaField> schema = definition.credentialSchema();
    Map<String, String> checked = new LinkedHashMap<>();
    Map<String, Object> given = raw == null ? Map.of() : raw;
    require(given.size() <= MAX_KEYS, "credentials: at most " + MAX_KEYS + " keys");
    given.forEach(
        (rawKey, value) -> {
          String key = canonical(rawKey, schema);
          require(
              field(key, schema).isPresent(),
              "credentials." + rawKey + ": not a credential of this channel");
          checked.put(key, secret("credentials." + key, value));
        });
    for (SchemaField field : schema) {
      require(
          !field.required() || checked.containsKey(field.key()),
          "credentials." + field.key() + ": required");
    }
    return checked;
  }

  /** The channel's settings schema plus the settings every channel understands. */
  static List<SchemaField> settingsSchema(ChannelDefinition definition) {
    List<SchemaField> schema = new ArrayList<>(definition.settingsSchema());
    for (SchemaField common : SeededProviders.COMMON_SETTINGS) {
      if (field(common.key(), schema).isEmpty()) {
        schema.add(common);
      }
    }
    return schema;
  }

  static Optional<SchemaField> field(String key, List<SchemaField> schema) {
    return schema.stream().filter(field -> field.key().equals(key)).findFirst();
  }

  /** A schema key given in snake_case ({@code signing_secret}) is read as the schema's spelling. */
  static String canonical(String key, List<SchemaField> schema) {
    require(key != null && !key.isBlank(), "keys must not be blank");
    if (field(key, schema).isPresent()) {
      return key;
    }
    String camel = camel(key);
    return field(camel, schema).isPresent() ? camel : key;
  }

  static String secret(String where, Object value) {
    require(value instanceof String, where + ": must be a string");
    String text = (String) value;
    require(!text.isBlank(), where + ": must not be blank");
    require(text.length() <= MAX_SECRET, where + ": at most " + MAX_SECRET + " characters");
    return text;
  }

  /** A non-secret setting's value, checked against its schema type (unknown keys: any JSON). */
  static Object shownValue(String key, Object value, Optional<SchemaField> field) {
    if (field.isEmpty()) {
      return value;
    }
    String where = "settings." + key;
    require(value instanceof String, where + ": must be a string");
    String text = ((String) value).strip();
    require(text.length() <= MAX_URL, where + ": at most " + MAX_URL + " characters");
    if (field.get().type() == FieldType.URL) {
      require(isHttpUrl(text), where + ": must be an absolute http or https URL");
    }
    return text;
  }

  static void requireSettingsComplete(
      List<SchemaField> schema, Map<String, Object> shown, Map<String, String> sealed) {
    for (SchemaField field : schema) {
      require(
          !field.required() || shown.containsKey(field.key()) || sealed.containsKey(field.key()),
          "settings." + field.key() + ": required");
    }
    require(shown.size() + sealed.size() <= MAX_KEYS, "settings: at most " + MAX_KEYS + " keys");
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String camel(String key) {
    StringBuilder camel = new StringBuilder(key.length());
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = camel.length() > 0;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }
}
