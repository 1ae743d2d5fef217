package com.reten.gateway.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two spellings of a field name (API.md 1.3): Java and responses use camelCase, the docs use
 * snake_case. Reuses Jackson's translation so request aliases and error paths agree.
 */
final class FieldNames {

  private static final PropertyNamingStrategies.NamingBase SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  private FieldNames() {}

  static String snake(String name) {
    return SNAKE.translate(name);
  }

  static String camel(String name) {
    StringBuilder camel = new StringBuilder(name.length());
    boolean upperNext = false;
    for (char c : name.toCharArray()) {
      if (c == '_' && camel.length() > 0) {
        upperNext = true;
      } else {
        camel.append(upperNext ? Character.toUpperCase(c) : c);
        upperNext = false;
      }
    }
    return camel.toString();
  }

  /** The other spelling of {@code name}, or null when both spellings are the same. */
  static String alias(String name) {
    String other = name.indexOf('_') >= 0 ? camel(name) : snake(name);
    return other.equals(name) ? null : other;
  }

  /** Snake-cases each property of a path like {@code lineItems[0].unitPrice}, not map keys. */
  static String snakePath(String path) {
    return Arrays.stream(path.split("\\.", -1))
        .map(FieldNames::snakeSegment)
        .collect(Collectors.joining("."));
  }

  private static String snakeSegment(String segment) {
    int bracket = segment.indexOf('[');
    return bracket < 0
        ? snake(segment)
        : snake(segment.substring(0, bracket)) + segment.substring(bracket);
  }
}
