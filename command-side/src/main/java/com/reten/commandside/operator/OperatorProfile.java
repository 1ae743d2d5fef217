package com.reten.commandside.operator;

import com.reten.api.user.EmailAddress;
import com.reten.commandside.common.Metadata;
import java.util.Map;

/**
 * An operator's changeable details, normalised the one way events carry them: name trimmed, e-mail
 * trimmed and lower-cased, metadata without {@code null} values.
 */
record OperatorProfile(String name, String email, String phone, Map<String, Object> metadata) {

  static OperatorProfile of(String name, String email, String phone, Map<String, Object> metadata) {
    return new OperatorProfile(
        trim(name), EmailAddress.normalize(email), trim(phone), Metadata.merge(null, metadata));
  }

  /** This profile with every non-{@code null} change applied and metadata merged. */
  OperatorProfile patched(String name, String email, String phone, Map<String, Object> metadata) {
    return new OperatorProfile(
        name == null ? this.name : trim(name),
        email == null ? this.email : EmailAddress.normalize(email),
        phone == null ? this.phone : trim(phone),
        Metadata.merge(this.metadata, metadata));
  }

  private static String trim(String value) {
    return value == null ? null : value.strip();
  }
}
