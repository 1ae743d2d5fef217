package com.reten.commandside.activity;

import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.CreateActivityCommand;
import com.reten.commandside.commerce.Commerce;
import com.reten.commandside.common.Aggregates;
import com.reten.commandside.operator.Operator;
import com.reten.commandside.route.Route;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates an activity after asking the Commerce aggregate (and, for an assigned task, the Route and
 * Operator aggregates), loaded in this unit of work, whether they are active in the caller's tenant
 * and linked — the command side never reads the query side.
 */
@Component
class ActivityCreationHandler {

  private final Repository<Activity> activities;
  private final Repository<Commerce> commerces;
  private final Repository<Route> routes;
  private final Repository<Operator> operators;

  ActivityCreationHandler(
      Repository<Activity> activities,
      Repository<Commerce> commerces,
      Repository<Route> routes,
      Repository<Operator> operators) {
    this.activities = activities;
    this.commerces = commerces;
    this.routes = routes;
    this.operators = operators;
  }

  @CommandHandler
  UUID handle(CreateActivityCommand command) throws Exception {
    ActivityRules.requireValid(command.details());
    ActivityDetails details = command.details();
    UUID tenant = command.tenantId();
    Aggregates.loadOrNotFound(commerces, details.commerceId(), null, "Commerce")
        .execute(commerce -> commerce.requireActiveIn(tenant));
    if (details.type() == ActivityType.TASK && details.routeId() != null) {
      Aggregates.loadOrNotFound(operators, details.operatorId(), null, "Operator")
          .execute(operator -> operator.requireActiveIn(tenant));
      Aggregates.loadOrNotFound(routes, details.routeId(), null, "Route")
          .execute(route -> route.requireActiveWithOperator(tenant, details.operatorId()));
    }
    activities.newInstance(() -> new Activity(command));
    return command.activityId();
  }
}
