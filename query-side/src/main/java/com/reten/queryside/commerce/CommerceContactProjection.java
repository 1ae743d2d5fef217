package com.reten.queryside.commerce;

import com.reten.api.commerce.CommerceContactAddedEvent;
import com.reten.api.commerce.CommerceContactDeactivatedEvent;
import com.reten.api.commerce.CommerceContactReactivatedEvent;
import com.reten.api.commerce.CommerceContactUpdatedEvent;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Contacts of commerce users; a change to a contact is a change to its user and commerce. */
@Component
@ProcessingGroup(CommerceProjection.GROUP)
class CommerceContactProjection {

  private final CommerceRows commerces;
  private final CommerceUserRows users;
  private final CommerceContactRows contacts;

  CommerceContactProjection(
      CommerceRows commerces, CommerceUserRows users, CommerceContactRows contacts) {
    this.commerces = commerces;
    this.users = users;
    this.contacts = contacts;
  }

  @EventHandler
  void on(CommerceContactAddedEvent event, @SequenceNumber long version) {
    unsetPrimary(event.previousPrimaryId(), event.addedAt());
    contacts.save(new CommerceContactRow(event, version));
    touch(event.commerceId(), event.userId(), event.addedAt(), version);
  }

  @EventHandler
  void on(CommerceContactUpdatedEvent event, @SequenceNumber long version) {
    unsetPrimary(event.previousPrimaryId(), event.updatedAt());
    contacts
        .findById(event.contactId())
        .ifPresent(row -> row.change(event.value(), event.primary(), event.updatedAt()));
    touch(event.commerceId(), event.userId(), event.updatedAt(), version);
  }

  @EventHandler
  void on(CommerceContactDeactivatedEvent event, @SequenceNumber long version) {
    contacts
        .findById(event.contactId())
        .ifPresent(row -> row.activate(false, event.deactivatedAt()));
    touch(event.commerceId(), event.userId(), event.deactivatedAt(), version);
  }

  @EventHandler
  void on(CommerceContactReactivatedEvent event, @SequenceNumber long version) {
    contacts
        .findById(event.contactId())
        .ifPresent(row -> row.activate(true, event.reactivatedAt()));
    touch(event.commerceId(), event.userId(), event.reactivatedAt(), version);
  }

  private void unsetPrimary(UUID contactId, Instant at) {
    if (contactId != null) {
      contacts.findById(contactId).ifPresent(row -> row.unsetPrimary(at));
    }
  }

  private void touch(UUID commerceId, UUID userId, Instant at, long version) {
    users.findById(userId).ifPresent(row -> row.touch(at));
    commerces.touch(commerceId, at, version);
  }
}
