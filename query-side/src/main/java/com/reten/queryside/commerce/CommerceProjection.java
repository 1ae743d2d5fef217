package com.reten.queryside.commerce;

import com.reten.api.commerce.CommerceDeactivatedEvent;
import com.reten.api.commerce.CommerceReactivatedEvent;
import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.api.commerce.CommerceUpdatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The commerce rows themselves. Each commerce projection of the {@code commerces} group keeps the
 * commerce's {@code version} at the sequence number of its latest event, whatever part it changed.
 */
@Component
@ProcessingGroup(CommerceProjection.GROUP)
class CommerceProjection {

  static final String GROUP = "commerces";

  private final CommerceRows commerces;
  private final CommerceAddressRows addresses;
  private final CommerceUserRows users;
  private final CommerceContactRows contacts;

  CommerceProjection(
      CommerceRows commerces,
      CommerceAddressRows addresses,
      CommerceUserRows users,
      CommerceContactRows contacts) {
    this.commerces = commerces;
    this.addresses = addresses;
    this.users = users;
    this.contacts = contacts;
  }

  @EventHandler
  void on(CommerceRegisteredEvent event) {
    commerces.save(new CommerceRow(event));
  }

  @EventHandler
  void on(CommerceUpdatedEvent event, @SequenceNumber long version) {
    commerces.findById(event.commerceId()).ifPresent(row -> row.update(event, version));
  }

  @EventHandler
  void on(CommerceDeactivatedEvent event, @SequenceNumber long version) {
    commerces
        .findById(event.commerceId())
        .ifPresent(row -> row.activate(false, event.deactivatedAt(), version));
  }

  @EventHandler
  void on(CommerceReactivatedEvent event, @SequenceNumber long version) {
    commerces
        .findById(event.commerceId())
        .ifPresent(row -> row.activate(true, event.reactivatedAt(), version));
  }

  @ResetHandler
  void reset() {
    contacts.deleteAllInBatch();
    users.deleteAllInBatch();
    addresses.deleteAllInBatch();
    commerces.deleteAllInBatch();
  }
}
