package com.reten.api.commerce;

import com.reten.api.user.EmailAddress;
import java.util.regex.Pattern;

/**
 * How a commerce user can be reached, and the one rule each kind of value must follow, shared by
 * request validation and the aggregate so both answer with the same message.
 */
public enum ContactType {
  EMAIL,
  PHONE,
  WHATSAPP,
  OTHER;

  /** E.164: a plus, a country code not starting with 0, 8 to 15 digits in all. */
  public static final String E164 = "^\\+[1-9]\\d{7,14}$";

  public static final int MAX_VALUE_LENGTH = 320;

  private static final Pattern E164_PATTERN = Pattern.compile(E164);
  private static final Pattern EMAIL_PATTERN =
      Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

  /** Why {@code value} is not a valid contact of this type, or {@code null} when it is. */
  public String problemWith(String value) {
    if (value == null || value.isBlank()) {
      return "must not be blank";
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      return "must be at most " + MAX_VALUE_LENGTH + " characters";
    }
    return switch (this) {
      case EMAIL ->
          EMAIL_PATTERN.matcher(value.trim()).matches() ? null : "must be a valid email address";
      case PHONE, WHATSAPP ->
          E164_PATTERN.matcher(value.trim()).matches() ? null : "must be E.164 like +56912345678";
      case OTHER -> null;
    };
  }

  /** The stored form of a valid value: trimmed, and e-mail addresses lower-cased. */
  public String normalize(String value) {
    return this == EMAIL ? EmailAddress.normalize(value) : value.trim();
  }
}
