package com.reten.queryside.commerce;

import com.reten.api.commerce.CommerceAddressAddedEvent;
import com.reten.api.commerce.CommerceAddressDeactivatedEvent;
import com.reten.api.commerce.CommerceAddressUpdatedEvent;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Commerce addresses; the event names the address a new primary replaced, so none is searched. */
@Component
@ProcessingGroup(CommerceProjection.GROUP)
class CommerceAddressProjection {

  private final CommerceRows commerces;
  private final CommerceAddressRows addresses;

  CommerceAddressProjection(CommerceRows commerces, CommerceAddressRows addresses) {
    this.commerces = commerces;
    this.addresses = addresses;
  }

  @EventHandler
  void on(CommerceAddressAddedEvent event, @SequenceNumber long version) {
    unsetPrimary(event.previousPrimaryId(), event.addedAt());
    addresses.save(new CommerceAddressRow(event, version));
    commerces.touch(event.commerceId(), event.addedAt(), version);
  }

  @EventHandler
  void on(CommerceAddressUpdatedEvent event, @SequenceNumber long version) {
    unsetPrimary(event.previousPrimaryId(), event.updatedAt());
    addresses
        .findById(event.addressId())
        .ifPresent(
            row -> {
              row.place(event.address(), event.updatedAt());
              row.primary(event.primary(), event.updatedAt());
            });
    commerces.touch(event.commerceId(), event.updatedAt(), version);
  }

  @EventHandler
  void on(CommerceAddressDeactivatedEvent event, @SequenceNumber long version) {
    addresses.findById(event.addressId()).ifPresent(row -> row.deactivate(event.deactivatedAt()));
    commerces.touch(event.commerceId(), event.deactivatedAt(), version);
  }

  private void unsetPrimary(UUID addressId, Instant at) {
    if (addressId != null) {
      addresses.findById(addressId).ifPresent(row -> row.primary(false, at));
    }
  }
}
