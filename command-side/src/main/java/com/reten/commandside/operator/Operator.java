package com.reten.commandside.operator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.operator.CreateOperatorCommand;
import com.reten.api.operator.DeactivateOperatorCommand;
import com.reten.api.operator.OperatorCreatedEvent;
import com.reten.api.operator.OperatorDeactivatedEvent;
import com.reten.api.operator.OperatorReactivatedEvent;
import com.reten.api.operator.OperatorSyncItem;
import com.reten.api.operator.OperatorType;
import com.reten.api.operator.OperatorUpdatedEvent;
import com.reten.api.operator.UpdateOperatorCommand;
import com.reten.commandside.claim.UniqueClaims;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person in the field (salesman, activator, call-center agent). Its e-mail and its (type,
 * external id) are unique in its tenant; deactivating keeps both, so the operator can come back.
 */
@Aggregate
public class Operator {

  @AggregateIdentifier private UUID operatorId;
  private UUID tenantId;
  private OperatorType type;
  private String externalId;
  private OperatorProfile profile;
  private boolean active;

  protected Operator() {}

  @CommandHandler
  public Operator(CreateOperatorCommand command, UniqueClaims claims) {
    this(
        command.tenantId(),
        command.operatorId(),
        command.type(),
        command.externalId(),
        command.placeholder(),
        OperatorProfile.of(command.name(), command.email(), command.phone(), command.metadata()),
        command.at(),
        claims);
  }

  /** Also how {@link OperatorSyncHandler} creates the operators a sync does not find. */
  Operator(
      UUID tenantId,
      UUID operatorId,
      OperatorType type,
      String externalId,
      boolean placeholder,
      OperatorProfile profile,
      Instant at,
      UniqueClaims claims) {
    OperatorRules.requireValid(type, externalId, profile);
    String key = externalId == null ? null : externalId.strip();
    OperatorClaims held = new OperatorClaims(claims, tenantId);
    held.claimEmail(profile.email(), operatorId);
    if (key != null) {
      held.claimExternalId(type, key, operatorId);
    }
    apply(
        new OperatorCreatedEvent(
            tenantId,
            operatorId,
            type,
            profile.name(),
            profile.email(),
            profile.phone(),
            key,
            placeholder,
            profile.metadata(),
            at));
  }

  @CommandHandler
  void handle(UpdateOperatorCommand command, UniqueClaims claims) {
    requireTenant(command.tenantId());
    OperatorRules.require(OperatorRules.contact(command.name(), command.email(), command.phone()));
    var next =
        profile.patched(command.name(), command.email(), command.phone(), command.metadata());
    change(next, command.at(), claims);
    if (command.active() != null && command.active() != active) {
      apply(
          command.active()
              ? new OperatorReactivatedEvent(tenantId, operatorId, command.at())
              : new OperatorDeactivatedEvent(tenantId, operatorId, command.at()));
    }
  }

  @CommandHandler
  void handle(DeactivateOperatorCommand command) {
    requireTenant(command.tenantId());
    if (active) {
      apply(new OperatorDeactivatedEvent(tenantId, operatorId, command.at()));
    }
  }

  /** A sync item that matched this operator: its non-null fields win, metadata is merged. */
  void sync(UUID commandTenant, OperatorSyncItem item, Instant at, UniqueClaims claims) {
    requireTenant(commandTenant);
    change(profile.patched(item.name(), item.email(), item.phone(), item.metadata()), at, claims);
  }

  /**
   * Refuses to be linked to anything of {@code commandTenant} unless it is an active operator of
   * that tenant. Another tenant's operator is not found, like any resource of another tenant.
   */
  public void requireActiveIn(UUID commandTenant) {
    requireTenant(commandTenant);
    if (!active) {
      throw new RetenException(ErrorCode.INVALID_STATE_TRANSITION, "Operator is not active");
    }
  }

  /** For activity attributes: name, external id and type, as of now. */
  public OperatorSnapshot snapshot() {
    return new OperatorSnapshot(operatorId, profile.name(), externalId, type);
  }

  private void change(OperatorProfile next, Instant at, UniqueClaims claims) {
    OperatorRules.requireValid(next);
    if (next.equals(profile)) {
      return;
    }
    new OperatorClaims(claims, tenantId).moveEmail(profile.email(), next.email(), operatorId);
    apply(
        new OperatorUpdatedEvent(
            tenantId, operatorId, next.name(), next.email(), next.phone(), next.metadata(), at));
  }

  private void requireTenant(UUID commandTenant) {
    // Also refuses a stream that is not an operator's, whose tenantId was never set.
    if (!Objects.equals(tenantId, commandTenant)) {
      throw RetenException.notFound("Operator");
    }
  }

  @EventSourcingHandler
  void on(OperatorCreatedEvent event) {
    operatorId = event.operatorId();
    tenantId = event.tenantId();
    type = event.type();
    externalId = event.externalId();
    profile = new OperatorProfile(event.name(), event.email(), event.phone(), event.metadata());
    active = true;
  }

  @EventSourcingHandler
  void on(OperatorUpdatedEvent event) {
    profile = new OperatorProfile(event.name(), event.email(), event.phone(), event.metadata());
  }

  @EventSourcingHandler
  void on(OperatorDeactivatedEvent event) {
    active = false;
  }

  @EventSourcingHandler
  void on(OperatorReactivatedEvent event) {
    active = true;
  }
}
