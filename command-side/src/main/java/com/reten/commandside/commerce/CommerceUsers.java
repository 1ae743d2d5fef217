package com.reten.commandside.commerce;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.commerce.AddCommerceUserCommand;
import com.reten.api.commerce.CommerceContactCommand;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceUserAddedEvent;
import com.reten.api.commerce.CommerceUserCommand;
import com.reten.api.commerce.RecordSource;
import com.reten.api.commerce.SyncedCommerceUser;
import com.reten.api.commerce.UpdateCommerceUserCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

/** The people of a commerce; an external id names at most one of them. */
class CommerceUsers {

  private final UUID tenantId;
  private final UUID commerceId;

  @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
  private final Map<UUID, CommerceUser> byId = new LinkedHashMap<>();

  CommerceUsers(UUID tenantId, UUID commerceId) {
    this.tenantId = tenantId;
    this.commerceId = commerceId;
  }

  void require(CommerceUserCommand command) {
    CommerceUser user = byId.get(command.userId());
    if (user == null) {
      throw RetenException.notFound("Commerce user");
    }
    if (command instanceof CommerceContactCommand onContact) {
      user.contacts().require(onContact.contactId());
    }
  }

  /** Every user, active or not, in the order they were added. */
  List<CommerceUserSnapshot> snapshots() {
    return byId.values().stream().map(CommerceUser::snapshot).toList();
  }

  @CommandHandler
  void handle(AddCommerceUserCommand command) {
    add(
        command.userId(),
        command.name(),
        command.externalId(),
        command.source(),
        command.roles(),
        command.at());
  }

  @CommandHandler
  void handle(UpdateCommerceUserCommand command) {
    CommerceUser user = byId.get(command.userId());
    String externalId = command.externalId();
    if (externalId != null && !externalId.isBlank()) {
      requireFree(externalId, user.id());
    }
    user.change(command.name(), externalId, command.at());
    user.activate(command.active(), command.at());
  }

  /** Updates the user each synced one matches by external id, and adds the others. */
  void sync(List<SyncedCommerceUser> synced, Instant at) {
    for (SyncedCommerceUser user : synced == null ? List.<SyncedCommerceUser>of() : synced) {
      Optional<CommerceUser> match = withExternalId(user.externalId());
      if (match.isPresent()) {
        match.get().sync(user, at);
      } else {
        add(
            user.userId(),
            user.name(),
            user.externalId(),
            RecordSource.INTEGRATION,
            user.roles(),
            at);
        byId.get(user.userId()).contacts().sync(user.contacts(), at);
      }
    }
  }

  private void add(
      UUID userId,
      String name,
      String externalId,
      RecordSource source,
      Set<CommerceRole> roles,
      Instant at) {
    String cleanName = CommerceUser.cleanName(name);
    String cleanExternalId = externalId == null || externalId.isBlank() ? null : externalId;
    if (cleanExternalId != null) {
      requireFree(cleanExternalId, null);
    }
    Set<CommerceRole> held = EnumSet.noneOf(CommerceRole.class);
    if (roles != null) {
      held.addAll(roles);
    }
    apply(
        new CommerceUserAddedEvent(
            tenantId, commerceId, userId, cleanName, cleanExternalId, source, held, at));
  }

  private void requireFree(String externalId, UUID self) {
    Optional<CommerceUser> holder = withExternalId(externalId);
    if (holder.isPresent() && !holder.get().id().equals(self)) {
      throw new RetenException(
          ErrorCode.COMMERCE_USER_EXTERNAL_ID_TAKEN,
          "External id '" + externalId + "' is already used by another user of this commerce");
    }
  }

  private Optional<CommerceUser> withExternalId(String externalId) {
    return byId.values().stream().filter(user -> user.hasExternalId(externalId)).findFirst();
  }

  @EventSourcingHandler
  void on(CommerceUserAddedEvent event) {
    byId.put(event.userId(), new CommerceUser(event));
  }
}
