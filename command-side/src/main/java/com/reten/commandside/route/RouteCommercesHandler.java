package com.reten.commandside.route;

import com.reten.api.route.SetRouteCommercesCommand;
import com.reten.commandside.commerce.Commerce;
import com.reten.commandside.common.Aggregates;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Sets a route's commerces after asking each Commerce aggregate, loaded in this unit of work,
 * whether it is active in the caller's tenant — the same reasoning as {@link
 * RouteOperatorLinkHandler}: the command side never reads the query side.
 */
@Component
class RouteCommercesHandler {

  private final Repository<Route> routes;
  private final Repository<Commerce> commerces;

  RouteCommercesHandler(Repository<Route> routes, Repository<Commerce> commerces) {
    this.routes = routes;
    this.commerces = commerces;
  }

  @CommandHandler
  void handle(SetRouteCommercesCommand command) {
    Aggregate<Route> route =
        Aggregates.loadOrNotFound(routes, command.routeId(), command.expectedVersion(), "Route");
    route.execute(r -> r.requireIn(command.tenantId()));
    for (UUID commerceId : command.commerceIds()) {
      Aggregates.loadOrNotFound(commerces, commerceId, null, "Commerce")
          .execute(commerce -> commerce.requireActiveIn(command.tenantId()));
    }
    route.execute(r -> r.visit(command.tenantId(), command.commerceIds(), command.at()));
  }
}
