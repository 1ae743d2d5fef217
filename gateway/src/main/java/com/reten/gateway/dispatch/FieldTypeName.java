package com.reten.gateway.dispatch;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.reten.api.dispatch.FieldType;
import java.util.Arrays;
import java.util.Locale;

/**
 * A schema field's type as Reten's docs name it, after the HTML input a form shows for it ("text",
 * "password", "url"); the events keep {@link FieldType}. Requests may still send the names
 * responses used before (STRING, SECRET, URL), in any case.
 */
enum FieldTypeName {
  TEXT("text", FieldType.STRING),
  PASSWORD("password", FieldType.SECRET),
  URL("url", FieldType.URL);

  private final String wire;
  private final FieldType type;

  FieldTypeName(String wire, FieldType type) {
    this.wire = wire;
    this.type = type;
  }

  @JsonValue
  String wire() {
    return wire;
  }

  FieldType type() {
    return type;
  }

  static FieldTypeName of(FieldType type) {
    return Arrays.stream(values()).filter(n -> n.type == type).findFirst().orElseThrow();
  }

  @JsonCreator
  static FieldTypeName parse(String raw) {
    String name = raw.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(n -> n.wire.equals(name) || n.type.name().toLowerCase(Locale.ROOT).equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("type must be one of text, password or url"));
  }
}
