package com.reten.commandside.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Free-form {@code metadata} objects of directory resources. */
public final class Metadata {

  private Metadata() {}

  /**
   * API.md's PATCH rule: {@code changes} is merged key by key into {@code current}, and a key whose
   * new value is {@code null} is removed. Neither argument is modified.
   */
  public static Map<String, Object> merge(
      Map<String, Object> current, Map<String, Object> changes) {
    Map<String, Object> merged = new LinkedHashMap<>(current == null ? Map.of() : current);
    if (changes != null) {
      changes.forEach(
          (key, value) -> {
            if (value == null) {
              merged.remove(key);
            } else {
              merged.put(key, value);
            }
          });
    }
    return merged;
  }
}
