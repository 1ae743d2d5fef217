package com.reten.api.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * A page of a tenant's activities, latest {@code scheduledAt} first (ties by id), answered with an
 * {@link ActivityPage}. Every {@code null} filter matches all.
 *
 * @param tenantId the tenant
 * @param filters what to keep
 * @param page 1-based page number
 * @param limit page size
 */
public record ListActivitiesQuery(UUID tenantId, Filters filters, int page, int limit) {

  /**
   * The list filters, combined with AND.
   *
   * @param search case-insensitive text contained in the reason
   * @param status only this status
   * @param type only this type
   * @param channel only this channel
   * @param commerceId only this commerce's
   * @param operatorId only tasks assigned to this operator
   * @param routeId only tasks assigned to this route
   * @param scheduledFrom scheduled at or after
   * @param scheduledTo scheduled at or before
   */
  public record Filters(
      String search,
      ActivityStatus status,
      ActivityType type,
      ActivityChannel channel,
      UUID commerceId,
      UUID operatorId,
      UUID routeId,
      Instant scheduledFrom,
      Instant scheduledTo) {}
}
