package com.reten.commandside.commerce;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.commerce.AddressDetails;
import com.reten.api.commerce.CommerceAddressAddedEvent;
import com.reten.api.commerce.CommerceAddressDeactivatedEvent;
import com.reten.api.commerce.CommerceAddressUpdatedEvent;
import com.reten.api.commerce.SyncedAddress;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/** One address of a commerce. Its source and source reference never change. */
class CommerceAddress {

  @EntityId private final UUID addressId;
  private final UUID tenantId;
  private final UUID commerceId;
  private final String sourceRef;
  private AddressDetails details;
  private boolean primary;
  private boolean active = true;

  CommerceAddress(CommerceAddressAddedEvent event) {
    this.addressId = event.addressId();
    this.tenantId = event.tenantId();
    this.commerceId = event.commerceId();
    this.sourceRef = event.sourceRef();
    this.details = event.address();
    this.primary = event.primary();
  }

  UUID id() {
    return addressId;
  }

  boolean primary() {
    return primary;
  }

  AddressDetails details() {
    return details;
  }

  /** A sync's address is this one when their source references, or else their details, agree. */
  boolean matches(SyncedAddress synced) {
    return active
        && (synced.sourceRef() != null
            ? synced.sourceRef().equals(sourceRef)
            : synced.address().equals(details));
  }

  /** Changes the non-null parts; {@code currentPrimary} is the commerce's primary address now. */
  void change(AddressDetails changes, Boolean makePrimary, UUID currentPrimary, Instant at) {
    AddressDetails changed = details.with(changes);
    boolean nowPrimary = makePrimary == null ? primary : makePrimary;
    if (nowPrimary && !active) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION, "An inactive address cannot be primary");
    }
    if (changed.equals(details) && nowPrimary == primary) {
      return;
    }
    UUID replaced = nowPrimary && !primary ? currentPrimary : null;
    apply(
        new CommerceAddressUpdatedEvent(
            tenantId, commerceId, addressId, changed, nowPrimary, replaced, at));
  }

  void deactivate(Instant at) {
    if (active) {
      apply(new CommerceAddressDeactivatedEvent(tenantId, commerceId, addressId, at));
    }
  }

  void unsetPrimary() {
    primary = false;
  }

  @EventSourcingHandler
  void on(CommerceAddressUpdatedEvent event) {
    details = event.address();
    primary = event.primary();
  }

  @EventSourcingHandler
  void on(CommerceAddressDeactivatedEvent event) {
    active = false;
    primary = false;
  }

  /** Equal state, so the test fixture can tell a replayed aggregate from the working one. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CommerceAddress that
        && addressId.equals(that.addressId)
        && Objects.equals(details, that.details)
        && primary == that.primary
        && active == that.active;
  }

  @Override
  public int hashCode() {
    return addressId.hashCode();
  }
}
