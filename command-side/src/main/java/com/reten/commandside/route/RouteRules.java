package com.reten.commandside.route;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;

/**
 * What a route's fields must satisfy; the gateway checks the same first with jakarta.validation,
 * this guards every path into the aggregate. {@code null} means "not given" and is not checked.
 */
final class RouteRules {

  static final int MAX_TEXT = 255;
  static final int MAX_DESCRIPTION = 2000;

  private RouteRules() {}

  static void requireValid(String name, String externalId, String description) {
    if (name != null && (name.isBlank() || name.length() > MAX_TEXT)) {
      throw invalid("name: must be 1 to " + MAX_TEXT + " characters, not blank");
    }
    if (externalId != null && (externalId.isBlank() || externalId.length() > MAX_TEXT)) {
      throw invalid("external_id: must be 1 to " + MAX_TEXT + " characters, not blank");
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw invalid("description: must be at most " + MAX_DESCRIPTION + " characters");
    }
  }

  private static RetenException invalid(String message) {
    return new RetenException(ErrorCode.VALIDATION_FAILED, message);
  }
}
