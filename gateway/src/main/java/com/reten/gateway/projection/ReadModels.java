package com.reten.gateway.projection;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which processors can be replayed, and why the others cannot. A replayable processor owns its
 * tables alone and has no effect outside them, so rebuilding it from the first event is safe.
 * {@code ReadModelsTest} checks that every read-model table of the schema is listed exactly once.
 */
final class ReadModels {

  static final List<ReadModel> REPLAYABLE =
      List.of(
          new ReadModel("tenants", List.of("rm_tenant")),
          new ReadModel("users", List.of("rm_user", "rm_membership")),
          new ReadModel("operators", List.of("rm_operator")),
          new ReadModel("routes", List.of("rm_route", "rm_route_operator")),
          new ReadModel(
              "commerces",
              List.of(
                  "rm_commerce", "rm_commerce_address", "rm_commerce_contact", "rm_commerce_user")),
          new ReadModel(
              "activities",
              List.of(
                  "rm_activity",
                  "rm_activity_status_event",
                  "rm_activity_target_user",
                  "rm_activity_attribute",
                  "rm_activity_result")),
          new ReadModel(
              "activity-config", List.of("rm_attribute_policy", "rm_target_resolution_config")),
          new ReadModel("task-result-types", List.of("rm_task_result_type")),
          new ReadModel(
              "dispatch",
              List.of(
                  "rm_dispatch_provider", "rm_dispatch_channel_definition", "rm_dispatch_config")));

  /** Processors that must not be replayed, each with the reason a client is told. */
  private static final Map<String, String> NOT_REPLAYABLE =
      Map.of(
          "event-log",
          "GET /api/events cursors are positions in its table; a rebuild would invalidate them",
          "kafka-publisher",
          "it publishes to Kafka; a replay would publish every event again",
          "task-result-type-seeding",
          "it sends commands; a replay would send them again",
          "activity-follow-ups",
          "it sends commands; a replay would send them again");

  /** Why the other (subscribing) processors cannot be replayed. */
  private static final String SUBSCRIBING =
      "it is updated in the transaction that stores each event, and its rows are not a read model"
          + " a rebuild may replace";

  private ReadModels() {}

  static Optional<ReadModel> replayable(String processor) {
    return REPLAYABLE.stream().filter(model -> model.processor().equals(processor)).findFirst();
  }

  /** Why a processor that is not {@link #replayable} cannot be. */
  static String whyNot(String processor) {
    return NOT_REPLAYABLE.getOrDefault(processor, SUBSCRIBING);
  }
}
