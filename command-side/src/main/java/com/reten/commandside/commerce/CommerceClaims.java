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

  static String externalIdValue(UUID tenantId, String externalId) {
    return ClaimScope.perTenant(tenantId, externalId);
  }

  static String taxIdValue(UUID tenantId, String taxId) {
    return ClaimScope.perTenant(tenantId, taxId.toUpperCase(Locale.ROOT));
  }

  static Optional<UUID> externalIdOwner(UniqueClaims claims, UUID tenantId, String externalId) {
    return claims.owner(ClaimScope.COMMERCE_EXTERNAL_ID, externalIdValue(tenantId, externalId));
  }

  static void claimExternalId(
      UniqueClaims claims, UUID tenantId, String externalId, UUID commerceId) {
    if (externalId == null || externalId.isBlank()) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "external_id must not be blank");
    }
    String value = externalIdValue(tenantId, externalId);
    if (!claims.claim(ClaimScope.COMMERCE_EXTERNAL_ID, value, commerceId)) {
      throw taken(ClaimScope.COMMERCE_EXTERNAL_ID, externalId);
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
        throw taken(ClaimScope.COMMERCE_TAX_ID, to);
      }
    }
    if (from != null
        && (to == null || !taxIdValue(tenantId, from).equals(taxIdValue(tenantId, to)))) {
      claims.release(ClaimScope.COMMERCE_TAX_ID, taxIdValue(tenantId, from), commerceId);
    }
  }

  /** The conflict of a commerce value another commerce of the tenant holds. */
  static RetenException taken(ClaimScope scope, String value) {
    return scope == ClaimScope.COMMERCE_TAX_ID
        ? new RetenException(
            ErrorCode.COMMERCE_TAX_ID_TAKEN,
            "Tax id '" + value + "' is already used by another commerce")
        : new RetenException(
            ErrorCode.COMMERCE_EXTERNAL_ID_TAKEN,
            "External id '" + value + "' is already used by another commerce");
  }
}
