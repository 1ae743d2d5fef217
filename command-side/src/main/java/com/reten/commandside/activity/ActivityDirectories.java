package com.reten.commandside.activity;

import com.reten.api.activity.ActivityDetails;
import com.reten.commandside.commerce.Commerce;
import com.reten.commandside.operator.Operator;
import com.reten.commandside.route.Route;
import java.util.UUID;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Opens an {@link ActivityDirectory} over the Commerce, Operator and Route aggregates, loaded in
 * the command's unit of work (the command side never reads the query side), and the contact
 * history. Also a resource of the Activity aggregate's command handlers.
 */
@Component
class ActivityDirectories {

  final Repository<Commerce> commerces;
  final Repository<Route> routes;
  final Repository<Operator> operators;
  final CommerceContactHistory history;

  ActivityDirectories(
      Repository<Commerce> commerces,
      Repository<Route> routes,
      Repository<Operator> operators,
      CommerceContactHistory history) {
    this.commerces = commerces;
    this.routes = routes;
    this.operators = operators;
    this.history = history;
  }

  /** The directory of an activity of {@code tenantId} with {@code details}. */
  ActivityDirectory of(UUID tenantId, ActivityDetails details) {
    return new AggregateDirectory(this, tenantId, details);
  }
}
