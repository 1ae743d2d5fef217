package com.reten.commandside.commerce;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.commerce.AddCommerceContactCommand;
import com.reten.api.commerce.CommerceContactAddedEvent;
import com.reten.api.commerce.CommerceContactUpdatedEvent;
import com.reten.api.commerce.ContactType;
import com.reten.api.commerce.DeactivateCommerceContactCommand;
import com.reten.api.commerce.RecordSource;
import com.reten.api.commerce.SyncedContact;
import com.reten.api.commerce.UpdateCommerceContactCommand;
import com.reten.api.error.RetenException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

/** A commerce user's contacts, with at most one primary contact of each type. */
class CommerceContacts {

  private final UUID tenantId;
  private final UUID commerceId;
  private final UUID userId;

  @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
  private final Map<UUID, CommerceContact> byId = new LinkedHashMap<>();

  CommerceContacts(UUID tenantId, UUID commerceId, UUID userId) {
    this.tenantId = tenantId;
    this.commerceId = commerceId;
    this.userId = userId;
  }

  void require(UUID contactId) {
    if (!byId.containsKey(contactId)) {
      throw RetenException.notFound("Commerce contact");
    }
  }

  @CommandHandler
  void handle(AddCommerceContactCommand command) {
    add(
        command.contactId(),
        command.contactType(),
        command.value(),
        command.source(),
        command.primary(),
        command.at());
  }

  @CommandHandler
  void handle(UpdateCommerceContactCommand command) {
    CommerceContact contact = byId.get(command.contactId());
    if (Boolean.TRUE.equals(command.active())) {
      contact.reactivate(command.at());
    }
    contact.change(command.value(), command.primary(), primaryOf(contact.type()), command.at());
    if (Boolean.FALSE.equals(command.active())) {
      contact.deactivate(command.at());
    }
  }

  @CommandHandler
  void handle(DeactivateCommerceContactCommand command) {
    byId.get(command.contactId()).deactivate(command.at());
  }

  /** Makes the active contact each synced one matches primary if asked, and adds the others. */
  void sync(List<SyncedContact> synced, Instant at) {
    for (SyncedContact contact : synced == null ? List.<SyncedContact>of() : synced) {
      String value = CommerceContact.validValue(contact.contactType(), contact.value());
      var match =
          byId.values().stream()
              .filter(existing -> existing.isActive(contact.contactType(), value))
              .findFirst();
      if (match.isEmpty()) {
        add(
            contact.contactId(),
            contact.contactType(),
            value,
            RecordSource.INTEGRATION,
            contact.primary(),
            at);
      } else if (contact.primary()) {
        match.get().change(null, true, primaryOf(contact.contactType()), at);
      }
    }
  }

  private void add(
      UUID contactId,
      ContactType type,
      String value,
      RecordSource source,
      boolean primary,
      Instant at) {
    apply(
        new CommerceContactAddedEvent(
            tenantId,
            commerceId,
            userId,
            contactId,
            type,
            CommerceContact.validValue(type, value),
            source,
            primary,
            primary ? primaryOf(type) : null,
            at));
  }

  private UUID primaryOf(ContactType type) {
    return byId.values().stream()
        .filter(contact -> contact.isPrimary(type))
        .map(CommerceContact::id)
        .findFirst()
        .orElse(null);
  }

  @EventSourcingHandler
  void on(CommerceContactAddedEvent event) {
    unsetPrimary(event.previousPrimaryId());
    byId.put(event.contactId(), new CommerceContact(event));
  }

  @EventSourcingHandler
  void on(CommerceContactUpdatedEvent event) {
    unsetPrimary(event.previousPrimaryId());
  }

  private void unsetPrimary(UUID contactId) {
    if (contactId != null) {
      byId.get(contactId).unsetPrimary();
    }
  }

  /** Equal state, so the test fixture can tell a replayed aggregate from the working one. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CommerceContacts that && byId.equals(that.byId);
  }

  @Override
  public int hashCode() {
    return byId.hashCode();
  }
}
