package com.reten.commandside.commerce;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.commerce.AddCommerceAddressCommand;
import com.reten.api.commerce.AddressDetails;
import com.reten.api.commerce.CommerceAddressAddedEvent;
import com.reten.api.commerce.CommerceAddressUpdatedEvent;
import com.reten.api.commerce.DeactivateCommerceAddressCommand;
import com.reten.api.commerce.RecordSource;
import com.reten.api.commerce.SyncedAddress;
import com.reten.api.commerce.UpdateCommerceAddressCommand;
import com.reten.api.error.RetenException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

/** A commerce's addresses, of which at most one is primary. */
class CommerceAddresses {

  private final UUID tenantId;
  private final UUID commerceId;

  @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
  private final Map<UUID, CommerceAddress> byId = new LinkedHashMap<>();

  CommerceAddresses(UUID tenantId, UUID commerceId) {
    this.tenantId = tenantId;
    this.commerceId = commerceId;
  }

  void require(UUID addressId) {
    if (!byId.containsKey(addressId)) {
      throw RetenException.notFound("Commerce address");
    }
  }

  @CommandHandler
  void handle(AddCommerceAddressCommand command) {
    add(
        command.addressId(),
        command.source(),
        command.sourceRef(),
        command.address(),
        command.primary(),
        command.at());
  }

  @CommandHandler
  void handle(UpdateCommerceAddressCommand command) {
    byId.get(command.addressId())
        .change(command.changes(), command.primary(), primaryId(), command.at());
  }

  @CommandHandler
  void handle(DeactivateCommerceAddressCommand command) {
    byId.get(command.addressId()).deactivate(command.at());
  }

  /** Updates the active address each synced one matches, and adds the others. */
  void sync(List<SyncedAddress> synced, Instant at) {
    for (SyncedAddress address : synced == null ? List.<SyncedAddress>of() : synced) {
      var match = byId.values().stream().filter(existing -> existing.matches(address)).findFirst();
      if (match.isPresent()) {
        match.get().change(address.address(), address.primary() ? true : null, primaryId(), at);
      } else {
        add(
            address.addressId(),
            address.source(),
            address.sourceRef(),
            address.address(),
            address.primary(),
            at);
      }
    }
  }

  private void add(
      UUID addressId,
      RecordSource source,
      String sourceRef,
      AddressDetails address,
      boolean primary,
      Instant at) {
    apply(
        new CommerceAddressAddedEvent(
            tenantId,
            commerceId,
            addressId,
            source,
            sourceRef,
            address,
            primary,
            primary ? primaryId() : null,
            at));
  }

  /** The primary address's details, if the commerce has one. */
  Optional<AddressDetails> primary() {
    return byId.values().stream()
        .filter(CommerceAddress::primary)
        .map(CommerceAddress::details)
        .findFirst();
  }

  private UUID primaryId() {
    return byId.values().stream()
        .filter(CommerceAddress::primary)
        .map(CommerceAddress::id)
        .findFirst()
        .orElse(null);
  }

  @EventSourcingHandler
  void on(CommerceAddressAddedEvent event) {
    unsetPrimary(event.previousPrimaryId());
    byId.put(event.addressId(), new CommerceAddress(event));
  }

  @EventSourcingHandler
  void on(CommerceAddressUpdatedEvent event) {
    unsetPrimary(event.previousPrimaryId());
  }

  private void unsetPrimary(UUID addressId) {
    if (addressId != null) {
      byId.get(addressId).unsetPrimary();
    }
  }
}
