package com.reten.commandside.apikey;

import com.reten.api.apikey.CreateApiKeyCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import java.util.Set;
import java.util.regex.Pattern;

/** What a new key must satisfy: a label, a known format, and no power its creator lacks. */
final class ApiKeyRules {

  private static final Pattern HASH = Pattern.compile("^[0-9a-f]{64}$");

  private ApiKeyRules() {}

  static void requireGrantable(CreateApiKeyCommand command) {
    Set<Permission> permissions = command.permissions();
    if (permissions == null || permissions.isEmpty()) {
      throw invalid("permissions must name at least one permission");
    }
    if (!command.grantorPermissions().containsAll(permissions)) {
      throw invalid("permissions must be held by the key's creator");
    }
    if (command.name() == null || command.name().isBlank() || command.name().length() > 255) {
      throw invalid("name must be 1 to 255 characters");
    }
    if (command.expiresAt() != null && !command.expiresAt().isAfter(command.at())) {
      throw invalid("expiresAt must be in the future");
    }
    if (!HASH.matcher(command.keyHash()).matches()) {
      throw invalid("keyHash must be a SHA-256 in hex");
    }
  }

  private static RetenException invalid(String message) {
    return new RetenException(ErrorCode.VALIDATION_FAILED, message);
  }
}
