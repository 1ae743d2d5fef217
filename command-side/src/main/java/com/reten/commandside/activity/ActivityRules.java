package com.reten.commandside.activity;

import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityType;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;

/** The rules a new activity's details must meet, whoever sends them. */
final class ActivityRules {

  private ActivityRules() {}

  static void requireValid(ActivityDetails details) {
    require(details.type() != null, "type: must not be null");
    require(details.channel() != null, "channel: must not be null");
    require(
        details.channel().serves(details.type()),
        "channel: " + details.channel() + " is not a channel of " + details.type());
    require(details.reason() != null && !details.reason().isBlank(), "reason: must not be blank");
    require(details.commerceId() != null, "commerce_id: must not be null");
    require(details.scheduledAt() != null, "scheduled_at: must not be null");
    String key = details.idempotencyKey();
    require(key != null && !key.isBlank(), "idempotency_key: must not be blank");
    require(key.length() <= 255, "idempotency_key: size must be between 1 and 255");
    boolean assigned = details.routeId() != null || details.operatorId() != null;
    if (details.type() == ActivityType.TASK) {
      require(
          !assigned || (details.routeId() != null && details.operatorId() != null),
          "assigned_route_id: a task is assigned a route and an operator together");
    } else {
      require(!assigned, "assigned_route_id: only a TASK is assigned a route and an operator");
    }
  }

  private static void require(boolean rule, String message) {
    if (!rule) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, message);
    }
  }
}
