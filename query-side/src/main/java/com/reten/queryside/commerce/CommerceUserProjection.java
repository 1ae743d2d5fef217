package com.reten.queryside.commerce;

import com.reten.api.commerce.CommerceUserAddedEvent;
import com.reten.api.commerce.CommerceUserDeactivatedEvent;
import com.reten.api.commerce.CommerceUserReactivatedEvent;
import com.reten.api.commerce.CommerceUserRoleAddedEvent;
import com.reten.api.commerce.CommerceUserRoleRemovedEvent;
import com.reten.api.commerce.CommerceUserUpdatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** The people of each commerce and their roles. */
@Component
@ProcessingGroup(CommerceProjection.GROUP)
class CommerceUserProjection {

  private final CommerceRows commerces;
  private final CommerceUserRows users;

  CommerceUserProjection(CommerceRows commerces, CommerceUserRows users) {
    this.commerces = commerces;
    this.users = users;
  }

  @EventHandler
  void on(CommerceUserAddedEvent event, @SequenceNumber long version) {
    users.save(new CommerceUserRow(event, version));
    commerces.touch(event.commerceId(), event.addedAt(), version);
  }

  @EventHandler
  void on(CommerceUserUpdatedEvent event, @SequenceNumber long version) {
    users
        .findById(event.userId())
        .ifPresent(row -> row.rename(event.name(), event.externalId(), event.updatedAt()));
    commerces.touch(event.commerceId(), event.updatedAt(), version);
  }

  @EventHandler
  void on(CommerceUserDeactivatedEvent event, @SequenceNumber long version) {
    users.findById(event.userId()).ifPresent(row -> row.activate(false, event.deactivatedAt()));
    commerces.touch(event.commerceId(), event.deactivatedAt(), version);
  }

  @EventHandler
  void on(CommerceUserReactivatedEvent event, @SequenceNumber long version) {
    users.findById(event.userId()).ifPresent(row -> row.activate(true, event.reactivatedAt()));
    commerces.touch(event.commerceId(), event.reactivatedAt(), version);
  }

  @EventHandler
  void on(CommerceUserRoleAddedEvent event, @SequenceNumber long version) {
    users.findById(event.userId()).ifPresent(row -> row.grant(event.role(), event.addedAt()));
    commerces.touch(event.commerceId(), event.addedAt(), version);
  }

  @EventHandler
  void on(CommerceUserRoleRemovedEvent event, @SequenceNumber long version) {
    users.findById(event.userId()).ifPresent(row -> row.revoke(event.role(), event.removedAt()));
    commerces.touch(event.commerceId(), event.removedAt(), version);
  }
}
