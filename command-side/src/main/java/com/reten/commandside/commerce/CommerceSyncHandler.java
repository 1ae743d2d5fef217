package com.reten.commandside.commerce;

import com.reten.api.commerce.CommerceSyncItem;
import com.reten.api.commerce.CommerceSyncResult;
import com.reten.api.commerce.RegisterCommerceCommand;
import com.reten.api.commerce.SyncCommercesCommand;
import com.reten.api.error.RetenException;
import com.reten.commandside.claim.UniqueClaims;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Upserts a whole sync in one unit of work (one database transaction) over as many Commerce
 * aggregates as it has items: the first item refused aborts it, so either every commerce of the
 * sync changes or none does. A refusal names the item's index.
 */
@Component
class CommerceSyncHandler {

  private final Repository<Commerce> commerces;
  private final UniqueClaims claims;

  CommerceSyncHandler(Repository<Commerce> commerces, UniqueClaims claims) {
    this.commerces = commerces;
    this.claims = claims;
  }

  @CommandHandler
  CommerceSyncResult handle(SyncCommercesCommand command) throws Exception {
    List<CommerceSyncItem> items = command.items();
    SyncClaims syncClaims = new SyncClaims(claims, command.tenantId(), items);
    int created = 0;
    for (int index = 0; index < items.size(); index++) {
      try {
        if (upsert(command.tenantId(), items.get(index), command.at(), syncClaims)) {
          created++;
        }
      } catch (RetenException refused) {
        throw new RetenException(refused.code(), "items[" + index + "]: " + refused.getMessage());
      }
    }
    syncClaims.flush();
    return new CommerceSyncResult(created, items.size() - created, items.size());
  }

  /** Returns whether the item registered a new commerce. */
  private boolean upsert(UUID tenantId, CommerceSyncItem item, Instant at, SyncClaims syncClaims)
      throws Exception {
    UniqueClaims batch = syncClaims.claims();
    Optional<UUID> existing = syncClaims.commerceWithExternalId(item.externalId());
    if (existing.isPresent()) {
      commerces
          .load(existing.get().toString())
          .execute(commerce -> commerce.sync(item, false, at, batch));
      return false;
    }
    var registration =
        new RegisterCommerceCommand(
            tenantId,
            item.commerceId(),
            item.name(),
            item.externalId(),
            item.globalExternalId(),
            item.taxId(),
            false,
            item.metadata(),
            at);
    commerces
        .newInstance(() -> new Commerce(registration, batch))
        .execute(commerce -> commerce.sync(item, true, at, batch));
    return true;
  }
}
