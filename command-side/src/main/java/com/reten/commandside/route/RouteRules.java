package com.reten.commandside.route;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import java.util.UUID;

/**
 * What a route's fields must satisfy, its external id's uniqueness in the tenant included. The
 * gateway checks the formats first with jakarta.validation; this guards every path into the
 * aggregate. {@code null} means "not given" and is not checked, except a new route's name.
 */
final class RouteRules {

  static final int MAX_TEXT = 255;
  static final int MAX_DESCRIPTION = 2000;

  private RouteRules() {}

  static void requireValidNew(String name, String externalId, String description) {
    if (name == null) {
      throw invalid("name: must not be blank");
    }
    requireValid(name, externalId, description);
  }

  /** Claims the trimmed {@code externalId} for {@code routeId} and returns it; null claims none. */
  static String claimExternalId(
      UniqueClaims claims, UUID tenantId, String externalId, UUID routeId) {
    if (externalId == null) {
      return null;
    }
    String key = externalId.strip();
    if (!claims.claim(ClaimScope.ROUTE_EXTERNAL_ID, ClaimScope.perTenant(tenantId, key), routeId)) {
      throw new RetenException(
          ErrorCode.EXTERNAL_ID_TAKEN, "A route with external id '" + key + "' already exists");
    }
    return key;
  }

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
