package com.reten.commandside.commerce;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.commerce.AddCommerceUserRoleCommand;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceUserAddedEvent;
import com.reten.api.commerce.CommerceUserDeactivatedEvent;
import com.reten.api.commerce.CommerceUserReactivatedEvent;
import com.reten.api.commerce.CommerceUserRoleAddedEvent;
import com.reten.api.commerce.CommerceUserRoleRemovedEvent;
import com.reten.api.commerce.CommerceUserUpdatedEvent;
import com.reten.api.commerce.RemoveCommerceUserRoleCommand;
import com.reten.api.commerce.SyncedCommerceUser;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.EntityId;

/** A person at a commerce: their roles there, and their contacts. */
class CommerceUser {

  @EntityId private final UUID userId;
  private final UUID tenantId;
  private final UUID commerceId;
  private String name;
  private String externalId;
  private boolean active = true;
  private final Set<CommerceRole> roles = EnumSet.noneOf(CommerceRole.class);
  @AggregateMember private final CommerceContacts contacts;

  CommerceUser(CommerceUserAddedEvent event) {
    this.userId = event.userId();
    this.tenantId = event.tenantId();
    this.commerceId = event.commerceId();
    this.name = event.name();
    this.externalId = event.externalId();
    this.roles.addAll(event.roles());
    this.contacts = new CommerceContacts(tenantId, commerceId, userId);
  }

  static String cleanName(String name) {
    return name == null || name.isBlank() ? null : name.trim();
  }

  UUID id() {
    return userId;
  }

  CommerceContacts contacts() {
    return contacts;
  }

  CommerceUserSnapshot snapshot() {
    return new CommerceUserSnapshot(userId, name, active, roles);
  }

  boolean hasExternalId(String candidate) {
    return externalId != null && externalId.equals(candidate);
  }

  @CommandHandler
  void handle(AddCommerceUserRoleCommand command) {
    addRole(command.role(), command.at());
  }

  @CommandHandler
  void handle(RemoveCommerceUserRoleCommand command) {
    if (roles.contains(command.role())) {
      apply(
          new CommerceUserRoleRemovedEvent(
              tenantId, commerceId, userId, command.role(), command.at()));
    }
  }

  /** New name and external id where not {@code null}; an empty external id removes it. */
  void change(String newName, String newExternalId, Instant at) {
    String changedName = newName == null ? name : cleanName(newName);
    String changedExternalId =
        newExternalId == null ? externalId : newExternalId.isBlank() ? null : newExternalId;
    if (!Objects.equals(changedName, name) || !Objects.equals(changedExternalId, externalId)) {
      apply(
          new CommerceUserUpdatedEvent(
              tenantId, commerceId, userId, changedName, changedExternalId, at));
    }
  }

  void activate(Boolean makeActive, Instant at) {
    if (Boolean.TRUE.equals(makeActive) && !active) {
      apply(new CommerceUserReactivatedEvent(tenantId, commerceId, userId, at));
    }
    if (Boolean.FALSE.equals(makeActive) && active) {
      apply(new CommerceUserDeactivatedEvent(tenantId, commerceId, userId, at));
    }
  }

  void sync(SyncedCommerceUser synced, Instant at) {
    change(synced.name(), null, at);
    if (synced.roles() != null) {
      synced.roles().stream().sorted().forEach(role -> addRole(role, at));
    }
    contacts.sync(synced.contacts(), at);
  }

  private void addRole(CommerceRole role, Instant at) {
    if (!roles.contains(role)) {
      apply(new CommerceUserRoleAddedEvent(tenantId, commerceId, userId, role, at));
    }
  }

  @EventSourcingHandler
  void on(CommerceUserUpdatedEvent event) {
    name = event.name();
    externalId = event.externalId();
  }

  @EventSourcingHandler
  void on(CommerceUserDeactivatedEvent event) {
    active = false;
  }

  @EventSourcingHandler
  void on(CommerceUserReactivatedEvent event) {
    active = true;
  }

  @EventSourcingHandler
  void on(CommerceUserRoleAddedEvent event) {
    roles.add(event.role());
  }

  @EventSourcingHandler
  void on(CommerceUserRoleRemovedEvent event) {
    roles.remove(event.role());
  }

  /** Equal state, so the test fixture can tell a replayed aggregate from the working one. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CommerceUser that
        && userId.equals(that.userId)
        && Objects.equals(name, that.name)
        && Objects.equals(externalId, that.externalId)
        && active == that.active
        && roles.equals(that.roles)
        && contacts.equals(that.contacts);
  }

  @Override
  public int hashCode() {
    return userId.hashCode();
  }
}
