package com.reten.commandside.commerce;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A commerce's values unique in its tenant: the external id exactly as given, the tax id ignoring
 * case (a tax id's check letter is written either way).
 */
final class CommerceClaims {

  private CommerceClaims() {}

  static Optional<UUID> externalIdOwner(UniqueClaims claims, UUID tenantId, String externalId) {
    return claims.owner(
        ClaimScope.COMMERCE_EXTERNAL_ID, ClaimScope.perTenant(tenantId, externalId));
  }

  static void claimExternalId(
      UniqueClaims claims, UUID tenantId, String externalId, UUID commerceId) {
    if (externalId == null || externalId.isBlank()) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "external_id must not be blank");
    }
    if (!claims.claim(
        ClaimScope.COMMERCE_EXTERNAL_ID, ClaimScope.perTenant(tenantId, externalId), commerceId)) {
      throw new RetenException(
          ErrorCode.COMMERCE_EXTERNAL_ID_TAKEN,
          "External id '" + externalId + "' is already used by another commerce");
    }
  }

  /** Moves the commerce's tax id claim from {@code from} to {@code to}; either may be null. */
  static void moveTaxId(
      UniqueClaims claims, UUID tenantId, String from, String to, UUID commerceId) {
    if (to != null) {
      String value = taxIdValue(tenantId, to);
      boolean ours =
          claims.claim(ClaimScope.COMMERCE_TAX_ID, value, commerceId)
              || claims
                  .owner(ClaimScope.COMMERCE_TAX_ID, value)
                  .filter(commerceId::equals)
                  .isPresent();
      if (!ours) {
        throw new RetenException(
            ErrorCode.COMMERCE_TAX_ID_TAKEN,
            "Tax id '" + to + "' is already used by another commerce");
      }
    }
    if (from != null
        && (to == null || !taxIdValue(tenantId, from).equals(taxIdValue(tenantId, to)))) {
      claims.release(ClaimScope.COMMERCE_TAX_ID, taxIdValue(tenantId, from), commerceId);
    }
  }

  private static String taxIdValue(UUID tenantId, String taxId) {
    return ClaimScope.perTenant(tenantId, taxId.toUpperCase(Locale.ROOT));
  }
}
