package com.reten.api.result;

import java.time.Instant;
import java.util.UUID;

/**
 * A page of a tenant's results, most recently recorded first (ties by id), answered with an {@link
 * ActivityResultPage}. Every {@code null} filter matches all.
 *
 * @param tenantId the tenant
 * @param filters what to keep
 * @param page 1-based page number
 * @param limit page size
 */
public record ListActivityResultsQuery(UUID tenantId, Filters filters, int page, int limit) {

  /**
   * The list filters, combined with AND.
   *
   * @param activityId only this activity's
   * @param commerceExternalId only this commerce's (exact external id)
   * @param status only results submitted with this status
   * @param occurredFrom occurred at or after
   * @param occurredTo occurred at or before
   */
  public record Filters(
      UUID activityId,
      String commerceExternalId,
      ResultStatus status,
      Instant occurredFrom,
      Instant occurredTo) {}
}
