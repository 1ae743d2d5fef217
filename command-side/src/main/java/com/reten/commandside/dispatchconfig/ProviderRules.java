package com.reten.commandside.dispatchconfig;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.ChannelDefinition;
import com.reten.api.dispatch.SchemaField;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a catalog provider's code, name, protocol and channel definitions must look like. */
final class ProviderRules {

  static final String REST = "REST";
  private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");
  private static final Pattern FIELD_KEY = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{0,63}$");
  private static final int MAX_FIELDS = 50;

  private ProviderRules() {}

  static String code(String code) {
    require(
        code != null && CODE.matcher(code).matches(), "code: must match ^[A-Z][A-Z0-9_]{1,31}$");
    return code;
  }

  static String name(String name) {
    require(name != null && !name.isBlank(), "name: must not be blank");
    require(name.strip().length() <= 255, "name: size must be at most 255");
    return name.strip();
  }

  static String protocol(String protocolType) {
    require(
        protocolType == null || REST.equals(protocolType.toUpperCase(Locale.ROOT)),
        "protocol_type: only REST is supported");
    return REST;
  }

  /** The definitions by channel, each field checked and labelled; refuses a channel twice. */
  static Map<ActivityChannel, ChannelDefinition> definitions(
      List<ChannelDefinition> definitions, boolean atLeastOne) {
    require(
        !atLeastOne || (definitions != null && !definitions.isEmpty()),
        "channel_definitions: at least one channel is required");
    Map<ActivityChannel, ChannelDefinition> byChannel = new EnumMap<>(ActivityChannel.class);
    for (ChannelDefinition definition :
        definitions == null ? List.<ChannelDefinition>of() : definitions) {
      require(
          definition != null && definition.channel() != null,
          "channel_definitions: each needs a channel");
      require(
          !byChannel.containsKey(definition.channel()),
          "channel_definitions: " + definition.channel() + " is defined twice");
      byChannel.put(
          definition.channel(),
          new ChannelDefinition(
              definition.channel(),
              fields(definition.credentialSchema(), "credential_schema"),
              fields(definition.settingsSchema(), "settings_schema")));
    }
    return byChannel;
  }

  private static List<SchemaField> fields(List<SchemaField> fields, String where) {
    require(fields.size() <= MAX_FIELDS, where + ": at most " + MAX_FIELDS + " fields");
    Set<String> keys = new HashSet<>();
    List<SchemaField> checked = new ArrayList<>();
    for (SchemaField field : fields) {
      require(field != null && field.key() != null, where + ": each field needs a key");
      require(
          FIELD_KEY.matcher(field.key()).matches(),
          where + ": key '" + field.key() + "' must match ^[A-Za-z][A-Za-z0-9_]{0,63}$");
      require(keys.add(field.key()), where + ": key '" + field.key() + "' appears twice");
      require(field.type() != null, where + ": field '" + field.key() + "' needs a type");
      String label = field.label() == null || field.label().isBlank() ? field.key() : field.label();
      require(label.length() <= 255, where + ": label of '" + field.key() + "' is too long");
      checked.add(new SchemaField(field.key(), label.strip(), field.type(), field.required()));
    }
    return List.copyOf(checked);
  }

  static void require(boolean rule, String message) {
    if (!rule) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, message);
    }
  }
}
