package com.reten.gateway.web;

/**
 * Rewrites a bean-validation {@code @Pattern} (Java syntax, matched against the whole value) into a
 * JSON Schema pattern (ECMA-262, which searches) meaning the same: anchored, with the inline flags
 * Reten uses, {@code (?s)} and {@code (?i)}, spelled out, since ECMA-262 has no inline flags.
 */
final class PortablePatterns {

  private static final String DOT_ALL = "(?s)";
  private static final String CASE_INSENSITIVE = "(?i)";

  private PortablePatterns() {}

  static String of(String javaPattern) {
    String pattern = javaPattern;
    boolean dotAll = pattern.startsWith(DOT_ALL);
    if (dotAll) {
      pattern = pattern.substring(DOT_ALL.length());
    }
    boolean caseInsensitive = pattern.startsWith(CASE_INSENSITIVE);
    if (caseInsensitive) {
      pattern = pattern.substring(CASE_INSENSITIVE.length());
    }
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(c).append(pattern.charAt(++i));
      } else if (c == '[') {
        inClass = true;
        out.append(c);
      } else if (c == ']') {
        inClass = false;
        out.append(c);
      } else if (c == '.' && dotAll && !inClass) {
        out.append("[\\s\\S]");
      } else if (caseInsensitive && !inClass && Character.isLetter(c)) {
        out.append('[')
            .append(Character.toUpperCase(c))
            .append(Character.toLowerCase(c))
            .append(']');
      } else {
        out.append(c);
      }
    }
    String body = out.toString();
    boolean anchored = body.startsWith("^") && body.endsWith("$") && !body.endsWith("\\$");
    return anchored ? body : "^(?:" + body + ")$";
  }
}
