package com.reten.api.activity;

import com.reten.api.result.ActivityResultView;
import java.time.Instant;
import java.util.UUID;

/**
 * An activity as the read model holds it.
 *
 * @param id the activity
 * @param tenantId the tenant
 * @param details what it is about
 * @param status current status
 * @param commerceName the commerce's name when the activity was projected, or {@code null}
 * @param commerceExternalId the commerce's external id then, or {@code null}
 * @param createdAt business time of creation
 * @param updatedAt business time of the last change
 * @param version aggregate sequence number of the last change
 * @param result the most recently recorded result, or {@code null}
 * @param dispatch where its dispatch stands
 */
public record ActivityView(
    UUID id,
    UUID tenantId,
    ActivityDetails details,
    ActivityStatus status,
    String commerceName,
    String commerceExternalId,
    Instant createdAt,
    Instant updatedAt,
    long version,
    ActivityResultView result,
    ActivityDispatchSummary dispatch) {

  public ActivityView {
    dispatch = dispatch == null ? ActivityDispatchSummary.NONE : dispatch;
  }

  /** An activity with no result, not yet dispatched. */
  public ActivityView(
      UUID id,
      UUID tenantId,
      ActivityDetails details,
      ActivityStatus status,
      String commerceName,
      String commerceExternalId,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this(
        id,
        tenantId,
        details,
        status,
        commerceName,
        commerceExternalId,
        createdAt,
        updatedAt,
        version,
        null,
        ActivityDispatchSummary.NONE);
  }
}
