package com.reten.commandside.operator;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.operator.OperatorType;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an operator's fields must satisfy, each problem phrased {@code "field: message"} so a sync
 * can name the item at fault. The gateway checks the same rules first, with jakarta.validation;
 * this is the guard for every path into the aggregate.
 */
final class OperatorRules {

  static final int MAX_TEXT = 255;
  // The claim table holds tenant id + ':' + e-mail in 320 characters; RFC 5321 caps paths at 254.
  static final int MAX_EMAIL = 254;
  private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{7,14}$");
  // Only a guard: the gateway applies the full address syntax of jakarta's @Email.
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

  private OperatorRules() {}

  static void requireValid(OperatorType type, String externalId, OperatorProfile profile) {
    require(identity(type, externalId).or(() -> profile(profile)));
  }

  static void requireValid(OperatorProfile profile) {
    require(profile(profile));
  }

  /** The problem with an operator's key fields, if any. */
  static Optional<String> identity(OperatorType type, String externalId) {
    if (type == null) {
      return Optional.of("type: must not be null");
    }
    if (externalId != null && (externalId.isBlank() || externalId.length() > MAX_TEXT)) {
      return Optional.of("external_id: must be 1 to " + MAX_TEXT + " characters, not blank");
    }
    return Optional.empty();
  }

  /** The problem with a complete profile, if any: a name is required. */
  static Optional<String> profile(OperatorProfile profile) {
    if (profile.name() == null || profile.name().isBlank()) {
      return Optional.of("name: must not be blank");
    }
    return contact(profile.name(), profile.email(), profile.phone());
  }

  /** The problem with the given fields, if any; {@code null} fields are not checked. */
  static Optional<String> contact(String name, String email, String phone) {
    if (name != null && (name.isBlank() || name.length() > MAX_TEXT)) {
      return Optional.of("name: must be 1 to " + MAX_TEXT + " characters, not blank");
    }
    if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email.strip()).matches())) {
      return Optional.of("email: must be a well-formed email address");
    }
    if (phone != null && !E164.matcher(phone.strip()).matches()) {
      return Optional.of("phone: must be an E.164 number such as +56912345678");
    }
    return Optional.empty();
  }

  static void require(Optional<String> problem) {
    if (problem.isPresent()) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, problem.get());
    }
  }
}
