package com.reten.api.integration;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.result.ResultStatus;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A page of a tenant's TASK activities for the Task Integration API (API.md §4.6), latest {@code
 * scheduledAt} first (ties by id), answered with an {@link IntegrationTaskPage}. Every {@code null}
 * filter matches all.
 *
 * @param tenantId the tenant
 * @param filters what to keep
 * @param page 1-based page number
 * @param limit page size
 */
public record ListIntegrationTasksQuery(UUID tenantId, Filters filters, int page, int limit) {

  /**
   * The filters, combined with AND.
   *
   * @param statuses only tasks in one of these statuses
   * @param resultStatus only tasks whose latest result is this, in the integration vocabulary
   *     (EFFECTIVE, NOT_EFFECTIVE or PENDING; see {@link ResultStatus#integrationView})
   * @param channel only this channel
   * @param commerceExternalId only tasks of the commerce with this external id
   * @param operatorExternalId only tasks assigned to an operator with this external id
   * @param scheduledFrom scheduled at or after
   * @param scheduledTo scheduled at or before
   */
  public record Filters(
      Set<ActivityStatus> statuses,
      ResultStatus resultStatus,
      ActivityChannel channel,
      String commerceExternalId,
      String operatorExternalId,
      Instant scheduledFrom,
      Instant scheduledTo) {}
}
