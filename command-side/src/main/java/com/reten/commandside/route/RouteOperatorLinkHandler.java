package com.reten.commandside.route;

import com.reten.api.route.LinkOperatorToRouteCommand;
import com.reten.commandside.common.Aggregates;
import com.reten.commandside.operator.Operator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Links an operator to a route after asking the Operator aggregate itself, loaded from the event
 * store in this unit of work, whether it is active in the caller's tenant. The command side never
 * reads the query side, and a lookup table of active operators would be a second copy of state the
 * aggregate already holds; loading it also holds the operator's lock until the link is stored.
 */
@Component
class RouteOperatorLinkHandler {

  private final Repository<Route> routes;
  private final Repository<Operator> operators;

  RouteOperatorLinkHandler(Repository<Route> routes, Repository<Operator> operators) {
    this.routes = routes;
    this.operators = operators;
  }

  @CommandHandler
  void handle(LinkOperatorToRouteCommand command) {
    Aggregate<Route> route =
        Aggregates.loadOrNotFound(routes, command.routeId(), command.expectedVersion(), "Route");
    route.execute(r -> r.requireIn(command.tenantId()));
    Aggregates.loadOrNotFound(operators, command.operatorId(), null, "Operator")
        .execute(operator -> operator.requireActiveIn(command.tenantId()));
    route.execute(
        r -> r.link(command.tenantId(), command.operatorId(), command.role(), command.at()));
  }
}
