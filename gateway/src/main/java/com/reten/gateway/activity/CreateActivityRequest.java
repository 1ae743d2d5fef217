package com.reten.gateway.activity;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A new activity (snake_case or camelCase field names). {@code type} is required on POST
 * /api/activities and ignored by /tasks and /messages, which set it.
 */
record CreateActivityRequest(
    @NotNull(groups = Generic.class) ActivityType type,
    @NotBlank @Size(max = 2000) String reason,
    @NotNull ActivityChannel channel,
    @NotNull UUID commerceId,
    @NotBlank @Size(max = 255) String idempotencyKey,
    @NotNull Instant scheduledAt,
    @Size(max = 255) String suggestedExecutionTime,
    @Size(max = 255) String userStatus,
    Integer score,
    @Size(max = 2000) String assignmentReason,
    @NotNull(groups = TaskOnly.class) UUID assignedRouteId,
    @NotNull(groups = TaskOnly.class) UUID assignedOperatorId) {

  /** Validation group of POST /api/activities/tasks. */
  interface TaskOnly {}

  ActivityDetails details(ActivityType as) {
    return new ActivityDetails(
        as,
        channel,
        reason,
        commerceId,
        idempotencyKey,
        scheduledAt,
        suggestedExecutionTime,
        userStatus,
        score,
        assignmentReason,
        assignedRouteId,
        assignedOperatorId);
  }
}
