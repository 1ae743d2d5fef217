package com.reten.commandside.route;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.route.CreateRouteCommand;
import com.reten.api.route.DeactivateRouteCommand;
import com.reten.api.route.RouteCommercesSetEvent;
import com.reten.api.route.RouteCreatedEvent;
import com.reten.api.route.RouteDeactivatedEvent;
import com.reten.api.route.RouteOperatorLinkedEvent;
import com.reten.api.route.RouteOperatorUnlinkedEvent;
import com.reten.api.route.RouteReactivatedEvent;
import com.reten.api.route.RouteRole;
import com.reten.api.route.RouteUpdatedEvent;
import com.reten.api.route.UnlinkOperatorFromRouteCommand;
import com.reten.api.route.UpdateRouteCommand;
import com.reten.commandside.claim.UniqueClaims;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A circuit operators work along. Its external id is unique in its tenant; operators are linked to
 * it by {@link RouteOperatorLinkHandler}, which first checks the operator on its own aggregate.
 */
@Aggregate
public class Route {

  @AggregateIdentifier private UUID routeId;
  private UUID tenantId;
  private String externalId;
  private RouteDetails details;
  private boolean active;
  private List<UUID> commerceIds = List.of();
  private final Map<UUID, RouteLink> links = new HashMap<>();

  protected Route() {}

  @CommandHandler
  public Route(CreateRouteCommand command, UniqueClaims claims) {
    RouteRules.requireValidNew(command.name(), command.externalId(), command.description());
    String externalId =
        RouteRules.claimExternalId(
            claims, command.tenantId(), command.externalId(), command.routeId());
    var created = RouteDetails.of(command.name(), command.description(), command.metadata());
    apply(
        new RouteCreatedEvent(
            command.tenantId(),
            command.routeId(),
            created.name(),
            externalId,
            created.description(),
            created.metadata(),
            command.at()));
  }

  @CommandHandler
  void handle(UpdateRouteCommand command) {
    requireIn(command.tenantId());
    RouteRules.requireValid(command.name(), null, command.description());
    var next = details.patched(command.name(), command.description(), command.metadata());
    if (!next.equals(details)) {
      apply(
          new RouteUpdatedEvent(
              tenantId, routeId, next.name(), next.description(), next.metadata(), command.at()));
    }
    if (command.active() != null && command.active() != active) {
      apply(
          command.active()
              ? new RouteReactivatedEvent(tenantId, routeId, command.at())
              : new RouteDeactivatedEvent(tenantId, routeId, command.at()));
    }
  }

  @CommandHandler
  void handle(DeactivateRouteCommand command) {
    requireIn(command.tenantId());
    if (active) {
      apply(new RouteDeactivatedEvent(tenantId, routeId, command.at()));
    }
  }

  @CommandHandler
  void handle(UnlinkOperatorFromRouteCommand command) {
    requireIn(command.tenantId());
    RouteLink link = links.get(command.operatorId());
    if (link == null) {
      throw new RetenException(ErrorCode.NOT_FOUND, "Operator is not linked to this route");
    }
    if (link.active()) {
      apply(new RouteOperatorUnlinkedEvent(tenantId, routeId, command.operatorId(), command.at()));
    }
  }

  /** Links an operator the caller has checked is active in the tenant; idempotent per role. */
  void link(UUID commandTenant, UUID operatorId, RouteRole role, Instant at) {
    requireIn(commandTenant);
    if (role == null) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "role: must not be null");
    }
    if (!active) {
      throw new RetenException(ErrorCode.INVALID_STATE_TRANSITION, "Route is not active");
    }
    RouteLink current = links.get(operatorId);
    if (current == null || !current.isActiveAs(role)) {
      apply(new RouteOperatorLinkedEvent(tenantId, routeId, operatorId, role, at));
    }
  }

  /** Replaces the visit list with commerces the caller has checked are active in the tenant. */
  void visit(UUID commandTenant, List<UUID> commerceIds, Instant at) {
    requireIn(commandTenant);
    if (!active) {
      throw new RetenException(ErrorCode.INVALID_STATE_TRANSITION, "Route is not active");
    }
    if (new HashSet<>(commerceIds).size() != commerceIds.size()) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED, "commerce_ids: a commerce may appear only once");
    }
    if (!commerceIds.equals(this.commerceIds)) {
      apply(RouteCommercesSetEvent.of(tenantId, routeId, commerceIds, at));
    }
  }

  /**
   * For other aggregates' handlers: refuses unless this is an active route of {@code tenant} that
   * {@code operatorId} is actively linked to (in any role).
   */
  public void requireActiveWithOperator(UUID tenant, UUID operatorId) {
    requireIn(tenant);
    if (!active) {
      throw new RetenException(ErrorCode.INVALID_STATE_TRANSITION, "Route is not active");
    }
    RouteLink link = links.get(operatorId);
    if (link == null || !link.active()) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED,
          "assigned_operator_id: the operator is not linked to the route");
    }
  }

  /** For activity attributes: the route's id, name and external id, as of now. */
  public RouteSnapshot snapshot() {
    return new RouteSnapshot(routeId, details.name(), externalId);
  }

  /** Refuses a command of another tenant as if the route did not exist. */
  void requireIn(UUID commandTenant) {
    // Also refuses a stream that is not a route's, whose tenantId was never set.
    if (!Objects.equals(tenantId, commandTenant)) {
      throw RetenException.notFound("Route");
    }
  }

  @EventSourcingHandler
  void on(RouteCreatedEvent event) {
    routeId = event.routeId();
    tenantId = event.tenantId();
    externalId = event.externalId();
    details = new RouteDetails(event.name(), event.description(), event.metadata());
    active = true;
  }

  @EventSourcingHandler
  void on(RouteUpdatedEvent event) {
    details = new RouteDetails(event.name(), event.description(), event.metadata());
  }

  @EventSourcingHandler
  void on(RouteDeactivatedEvent event) {
    active = false;
  }

  @EventSourcingHandler
  void on(RouteReactivatedEvent event) {
    active = true;
  }

  @EventSourcingHandler
  void on(RouteOperatorLinkedEvent event) {
    links.put(event.operatorId(), new RouteLink(event.role(), true));
  }

  @EventSourcingHandler
  void on(RouteCommercesSetEvent event) {
    commerceIds = event.commerceIds();
  }

  @EventSourcingHandler
  void on(RouteOperatorUnlinkedEvent event) {
    links.computeIfPresent(event.operatorId(), (id, link) -> new RouteLink(link.role(), false));
  }
}
