package com.reten.gateway.web;

/**
 * The characters no client text may carry: U+0000, which PostgreSQL text columns refuse (a
 * projection would then fail on an event already stored), and unpaired UTF-16 surrogates, which
 * have no UTF-8 form and would be stored as '?'. Refusing them at the edge keeps them out of
 * events.
 */
final class TextGuard {

  private TextGuard() {}

  /** The index of the first refused character of {@code text[offset, offset+length)}, or -1. */
  static int find(char[] text, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text[i];
      if (c != 0 && c < Character.MIN_SURROGATE) {
        continue; // nearly every character of every request: one comparison pair, nothing else
      }
      if (c == 0 || Character.isLowSurrogate(c)) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
          i++; // a valid pair (emoji and the rest beyond the BMP)
          continue;
        }
        return i;
      }
    }
    return -1;
  }

  /** As {@link #find(char[], int, int)}, for a whole string. */
  static int find(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c != 0 && c < Character.MIN_SURROGATE) {
        continue;
      }
      if (c == 0 || Character.isLowSurrogate(c)) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
    }
    return -1;
  }

  /** E.g. "Field 'items[2].name' contains U+0000 (NUL), which is not accepted". */
  static String refusal(String subject, char refused) {
    String what =
        refused == 0
            ? "U+0000 (NUL)"
            : "an unpaired surrogate (" + String.format("U+%04X", (int) refused) + ")";
    return subject + " contains " + what + ", which is not accepted";
  }

  /**
   * {@code name} with each refused character written as its JSON escape, as the client typed it:
   * echoing the character itself would put it in our error body (a lone surrogate cannot even be
   * written as UTF-8).
   */
  static String printable(String name) {
    if (find(name) < 0) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < name.length()
              && Character.isLowSurrogate(name.charAt(i + 1));
      if (pair) {
        out.append(c).append(name.charAt(++i));
      } else if (c == 0 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
