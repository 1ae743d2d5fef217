package com.reten.api.activity;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

/** How an activity's id follows from its idempotency key, wherever an activity is created. */
public final class ActivityIds {

  private ActivityIds() {}

  /**
   * The id of the tenant's activity with {@code idempotencyKey}: the same key always names the same
   * activity, so a repeated creation finds its event stream taken.
   */
  public static UUID of(UUID tenantId, String idempotencyKey) {
    return UUID.nameUUIDFromBytes((tenantId + ":" + idempotencyKey).getBytes(UTF_8));
  }

  /** The idempotency key of the follow-up that {@code resultId} asks of {@code activityId}. */
  public static String followUpKey(UUID activityId, UUID resultId) {
    return activityId + ":reschedule:" + resultId;
  }
}
