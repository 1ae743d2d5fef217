package com.reten.commandside.commerce;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.commerce.CommerceAddressCommand;
import com.reten.api.commerce.CommerceCommand;
import com.reten.api.commerce.CommerceDeactivatedEvent;
import com.reten.api.commerce.CommerceReactivatedEvent;
import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.api.commerce.CommerceSyncItem;
import com.reten.api.commerce.CommerceUpdatedEvent;
import com.reten.api.commerce.CommerceUserCommand;
import com.reten.api.commerce.DeactivateCommerceCommand;
import com.reten.api.commerce.RegisterCommerceCommand;
import com.reten.api.commerce.UpdateCommerceCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.commandside.claim.UniqueClaims;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A business or store of a tenant, with its addresses and the people who work there. Addresses and
 * users are entities of this aggregate, so one commerce changes in one place, in order.
 */
@Aggregate(cache = "commerceCache")
public class Commerce {

  @AggregateIdentifier private UUID commerceId;
  private UUID tenantId;
  private CommerceProfile profile;
  private boolean active;
  @AggregateMember private CommerceAddresses addresses;
  @AggregateMember private CommerceUsers users;

  protected Commerce() {}

  @CommandHandler
  public Commerce(RegisterCommerceCommand command, UniqueClaims claims) {
    var registered =
        CommerceProfile.of(
            command.name(), command.taxId(), command.globalExternalId(), command.metadata());
    CommerceClaims.claimExternalId(
        claims, command.tenantId(), command.externalId(), command.commerceId());
    CommerceClaims.moveTaxId(
        claims, command.tenantId(), null, registered.taxId(), command.commerceId());
    apply(
        new CommerceRegisteredEvent(
            command.tenantId(),
            command.commerceId(),
            registered.name(),
            command.externalId(),
            registered.globalExternalId(),
            registered.taxId(),
            command.placeholder(),
            registered.metadata(),
            command.at()));
  }

  /** Another tenant's commerce, or an unknown address, user or contact of it, is not found. */
  @CommandHandlerInterceptor
  void requireTenantAndTarget(CommerceCommand command) {
    if (tenantId == null || !tenantId.equals(command.tenantId())) {
      throw RetenException.notFound("Commerce");
    }
    if (command instanceof CommerceAddressCommand onAddress) {
      addresses.require(onAddress.addressId());
    }
    if (command instanceof CommerceUserCommand onUser) {
      users.require(onUser);
    }
  }

  @CommandHandler
  void handle(UpdateCommerceCommand command, UniqueClaims claims) {
    update(
        profile.with(
            command.name(), command.taxId(), command.globalExternalId(), command.metadata()),
        command.at(),
        claims);
    if (Boolean.TRUE.equals(command.active()) && !active) {
      apply(new CommerceReactivatedEvent(tenantId, commerceId, command.at()));
    }
    if (Boolean.FALSE.equals(command.active())) {
      deactivate(command.at());
    }
  }

  /** For other aggregates' handlers: refuses a commerce that is not active in {@code tenant}. */
  public void requireActiveIn(UUID tenant) {
    if (tenantId == null || !tenantId.equals(tenant)) {
      throw RetenException.notFound("Commerce");
    }
    if (!active) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION, "Commerce " + commerceId + " is not active");
    }
  }

  /** For activity resolution: the commerce's name, tax id and primary address. */
  public CommerceProfileSnapshot profile() {
    return new CommerceProfileSnapshot(profile.name(), profile.taxId(), addresses.primary());
  }

  /** For activity resolution: every user of the commerce, active or not, in order of addition. */
  public List<CommerceUserSnapshot> users() {
    return users.snapshots();
  }

  @CommandHandler
  void handle(DeactivateCommerceCommand command) {
    deactivate(command.at());
  }

  /**
   * Applies one sync item: a commerce that already existed takes the item's details; then the
   * item's addresses and users are upserted.
   */
  void sync(CommerceSyncItem item, boolean justRegistered, Instant at, UniqueClaims claims) {
    if (!justRegistered) {
      update(
          profile.with(item.name(), item.taxId(), item.globalExternalId(), item.metadata()),
          at,
          claims);
    }
    addresses.sync(item.addresses(), at);
    users.sync(item.users(), at);
  }

  private void update(CommerceProfile changed, Instant at, UniqueClaims claims) {
    if (changed.equals(profile)) {
      return;
    }
    CommerceClaims.moveTaxId(claims, tenantId, profile.taxId(), changed.taxId(), commerceId);
    apply(
        new CommerceUpdatedEvent(
            tenantId,
            commerceId,
            changed.name(),
            changed.taxId(),
            changed.globalExternalId(),
            changed.metadata(),
            at));
  }

  private void deactivate(Instant at) {
    if (active) {
      apply(new CommerceDeactivatedEvent(tenantId, commerceId, at));
    }
  }

  @EventSourcingHandler
  void on(CommerceRegisteredEvent event) {
    commerceId = event.commerceId();
    tenantId = event.tenantId();
    profile = CommerceProfile.of(event);
    active = true;
    addresses = new CommerceAddresses(tenantId, commerceId);
    users = new CommerceUsers(tenantId, commerceId);
  }

  @EventSourcingHandler
  void on(CommerceUpdatedEvent event) {
    profile = CommerceProfile.of(event);
  }

  @EventSourcingHandler
  void on(CommerceDeactivatedEvent event) {
    active = false;
  }

  @EventSourcingHandler
  void on(CommerceReactivatedEvent event) {
    active = true;
  }
}
