package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates an activity. The id derives from (tenant, idempotency key), so a repeat cannot create a
 * second activity: its event stream already exists.
 *
 * @param tenantId the caller's tenant
 * @param activityId the id derived from the idempotency key
 * @param details what the activity is about
 * @param at business time of the request
 * @param resolution the request's target criteria and attributes ({@link
 *     ActivityResolutionRequest#NONE} when it has none)
 */
public record CreateActivityCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID activityId,
    ActivityDetails details,
    Instant at,
    ActivityResolutionRequest resolution) {

  public CreateActivityCommand {
    resolution = resolution == null ? ActivityResolutionRequest.NONE : resolution;
  }

  /** An activity whose target users follow the tenant's configuration, with no attributes. */
  public CreateActivityCommand(
      UUID tenantId, UUID activityId, ActivityDetails details, Instant at) {
    this(tenantId, activityId, details, at, ActivityResolutionRequest.NONE);
  }
}
