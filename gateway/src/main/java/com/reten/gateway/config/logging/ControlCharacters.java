package com.reten.gateway.config.logging;

/**
 * Escapes what a log line must not carry raw: control characters (a client's U+0000 reaches the log
 * inside driver and SQL error texts) and unpaired surrogates. Line feeds and tabs stay, as stack
 * traces and multi-line SQL need them.
 */
final class ControlCharacters {

  private ControlCharacters() {}

  static String escape(String text) {
    if (text == null || clean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (needsEscape(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean clean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (needsEscape(c) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean needsEscape(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7F && c <= 0x9F)
        || Character.isSurrogate(c);
  }
}
