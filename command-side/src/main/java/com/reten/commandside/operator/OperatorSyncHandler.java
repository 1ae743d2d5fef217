package com.reten.commandside.operator;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.operator.OperatorSyncItem;
import com.reten.api.operator.OperatorSyncResult;
import com.reten.api.operator.SyncOperatorsCommand;
import com.reten.commandside.claim.UniqueClaims;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Upserts a batch of operators by (type, external id) in one unit of work, so one database
 * transaction holds every event and claim of the batch: an item that fails, even the last one,
 * rolls all of them back (the same reason {@code TenantSetupHandler} exists). Every error names the
 * item's index.
 */
@Component
class OperatorSyncHandler {

  private final Repository<Operator> operators;
  private final UniqueClaims claims;

  OperatorSyncHandler(Repository<Operator> operators, UniqueClaims claims) {
    this.operators = operators;
    this.claims = claims;
  }

  @CommandHandler
  OperatorSyncResult handle(SyncOperatorsCommand command) throws Exception {
    List<OperatorSyncItem> items = command.items();
    OperatorSyncRules.requireValid(items);
    int created = 0;
    for (int index = 0; index < items.size(); index++) {
      try {
        created += upsert(command, items.get(index)) ? 1 : 0;
      } catch (RetenException e) {
        throw OperatorSyncRules.at(index, e);
      }
    }
    return new OperatorSyncResult(created, items.size() - created, items.size());
  }

  /** Updates the operator holding the item's key, or creates one; true when it created. */
  private boolean upsert(SyncOperatorsCommand command, OperatorSyncItem item) throws Exception {
    String externalId = item.externalId().strip();
    Optional<UUID> holder =
        new OperatorClaims(claims, command.tenantId()).holderOf(item.type(), externalId);
    if (holder.isPresent()) {
      operators
          .load(holder.get().toString())
          .execute(operator -> operator.sync(command.tenantId(), item, command.at(), claims));
      return false;
    }
    if (item.operatorId() == null) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "operator_id: must not be null");
    }
    var profile = OperatorProfile.of(item.name(), item.email(), item.phone(), item.metadata());
    operators.newInstance(
        () ->
            new Operator(
                command.tenantId(),
                item.operatorId(),
                item.type(),
                externalId,
                false,
                profile,
                command.at(),
                claims));
    return true;
  }
}
