package com.reten.commandside.activity;

import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityResolutionRequest;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.CreateActivityCommand;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.commandside.activityconfig.ActivitySettings;
import com.reten.commandside.common.Aggregates;
import com.reten.commandside.common.StreamVersions;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates an activity after asking the Commerce aggregate (and, for an assigned task, the Route and
 * Operator aggregates), loaded in this unit of work, whether they are active in the caller's tenant
 * and linked — the command side never reads the query side. Target users follow the request's
 * criteria, else the tenant's settings; attributes follow the tenant's policy per key.
 */
@Component
class ActivityCreationHandler {

  private final Repository<Activity> activities;
  private final ActivityDirectories directories;
  private final ActivitySettings settings;
  private final StreamVersions versions;

  ActivityCreationHandler(
      Repository<Activity> activities,
      ActivityDirectories directories,
      ActivitySettings settings,
      StreamVersions versions) {
    this.activities = activities;
    this.directories = directories;
    this.settings = settings;
    this.versions = versions;
  }

  /**
   * The activity's id derives from its tenant and idempotency key, so a repeated key names a stream
   * that exists: refused first, before anything is loaded, and without an append that would roll
   * back — each rolled-back append leaves a hole in the global index that every tracking token
   * carries until it times out. Checked here, in the command's transaction: from the gateway it
   * took a transaction of its own (~2 % of a create's CPU); in the statement that also reads the
   * commerce's version for its cache check ({@link StreamVersions}).
   */
  @CommandHandler
  UUID handle(CreateActivityCommand command) throws Exception {
    if (versions.exists(
        command.activityId().toString(), command.details().commerceId().toString())) {
      throw new AggregateStreamCreationException(
          "Activity " + command.activityId() + " already exists");
    }
    ActivityRules.requireValid(command.details());
    ResolutionRequestRules.requireValid(command.resolution());
    ActivityDetails details = command.details();
    UUID tenant = command.tenantId();
    Aggregates.loadOrNotFound(directories.commerces, details.commerceId(), null, "Commerce")
        .execute(commerce -> commerce.requireActiveIn(tenant));
    if (details.type() == ActivityType.TASK && details.routeId() != null) {
      Aggregates.loadOrNotFound(directories.operators, details.operatorId(), null, "Operator")
          .execute(operator -> operator.requireActiveIn(tenant));
      Aggregates.loadOrNotFound(directories.routes, details.routeId(), null, "Route")
          .execute(route -> route.requireActiveWithOperator(tenant, details.operatorId()));
    }
    TargetResolutionRule rule = ruleFor(tenant, command.resolution());
    activities.newInstance(
        () ->
            new Activity(
                command,
                rule,
                key -> settings.attributePolicy(tenant, key),
                directories.of(tenant, details)));
    return command.activityId();
  }

  private TargetResolutionRule ruleFor(UUID tenant, ActivityResolutionRequest request) {
    return request.targetCriteria().isEmpty()
        ? settings.targetResolution(tenant)
        : ResolutionRequestRules.ruleOf(request.targetCriteria());
  }
}
