package com.reten.commandside.operator;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.operator.OperatorType;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The values an operator holds alone in its tenant: its e-mail (lower-cased, so unique in any case)
 * and its (type, external id). Claimed in the transaction of the event that takes them.
 */
final class OperatorClaims {

  private final UniqueClaims claims;
  private final UUID tenantId;

  OperatorClaims(UniqueClaims claims, UUID tenantId) {
    this.claims = claims;
    this.tenantId = tenantId;
  }

  /** The operator holding ({@code type}, {@code externalId}) in the tenant, if any. */
  Optional<UUID> holderOf(OperatorType type, String externalId) {
    return claims.owner(ClaimScope.OPERATOR_EXTERNAL_ID, externalKey(type, externalId));
  }

  void claimExternalId(OperatorType type, String externalId, UUID operatorId) {
    if (!claims.claim(ClaimScope.OPERATOR_EXTERNAL_ID, externalKey(type, externalId), operatorId)) {
      throw new RetenException(
          ErrorCode.EXTERNAL_ID_TAKEN,
          "An operator of type " + type + " with external id '" + externalId + "' already exists");
    }
  }

  void claimEmail(String email, UUID operatorId) {
    if (email != null && !claims.claim(ClaimScope.OPERATOR_EMAIL, emailKey(email), operatorId)) {
      throw new RetenException(
          ErrorCode.EMAIL_TAKEN, "An operator with email '" + email + "' already exists");
    }
  }

  /** Takes {@code to} first, so a refused change keeps {@code from}; then frees {@code from}. */
  void moveEmail(String from, String to, UUID operatorId) {
    if (Objects.equals(from, to)) {
      return;
    }
    claimEmail(to, operatorId);
    if (from != null) {
      claims.release(ClaimScope.OPERATOR_EMAIL, emailKey(from), operatorId);
    }
  }

  private String emailKey(String email) {
    return ClaimScope.perTenant(tenantId, email);
  }

  private String externalKey(OperatorType type, String externalId) {
    return ClaimScope.perTenant(tenantId, type + ":" + externalId);
  }
}
