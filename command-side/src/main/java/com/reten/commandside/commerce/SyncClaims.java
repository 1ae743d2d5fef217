package com.reten.commandside.commerce;

import com.reten.api.commerce.CommerceSyncItem;
import com.reten.api.error.RetenException;
import com.reten.commandside.claim.ClaimBatch;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The external ids and tax ids of a sync, looked up in two queries before it and claimed in two
 * statements after it, instead of three round trips per item. A value that a concurrent transaction
 * claimed in between is refused with the index of the item that wanted it.
 */
final class SyncClaims {

  private record Wanted(int index, String value) {}

  private final UUID tenantId;
  private final ClaimBatch batch;
  private final Map<String, Wanted> externalIds = new HashMap<>();
  private final Map<String, Wanted> taxIds = new HashMap<>();

  SyncClaims(UniqueClaims store, UUID tenantId, List<CommerceSyncItem> items) {
    this.tenantId = tenantId;
    this.batch = new ClaimBatch(store);
    for (int index = 0; index < items.size(); index++) {
      CommerceSyncItem item = items.get(index);
      externalIds.putIfAbsent(
          CommerceClaims.externalIdValue(tenantId, item.externalId()),
          new Wanted(index, item.externalId()));
      String taxId = CommerceProfile.clean(item.taxId());
      if (taxId != null) {
        taxIds.putIfAbsent(CommerceClaims.taxIdValue(tenantId, taxId), new Wanted(index, taxId));
      }
    }
    batch.preload(ClaimScope.COMMERCE_EXTERNAL_ID, externalIds.keySet());
    batch.preload(ClaimScope.COMMERCE_TAX_ID, taxIds.keySet());
  }

  UniqueClaims claims() {
    return batch;
  }

  Optional<UUID> commerceWithExternalId(String externalId) {
    return CommerceClaims.externalIdOwner(batch, tenantId, externalId);
  }

  /** Writes the claims; refuses the sync if a concurrent one took a value first. */
  void flush() {
    batch
        .flush()
        .forEach(
            (scope, values) -> {
              var wanted =
                  (scope == ClaimScope.COMMERCE_TAX_ID ? taxIds : externalIds)
                      .get(values.iterator().next());
              RetenException taken = CommerceClaims.taken(scope, wanted.value());
              throw new RetenException(
                  taken.code(), "items[" + wanted.index() + "]: " + taken.getMessage());
            });
  }
}
