package com.reten.gateway.activity;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityResolutionRequest;
import com.reten.api.activity.ActivityType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A new activity (snake_case or camelCase field names). {@code type} is required on POST
 * /api/activities and ignored by /tasks and /messages, which set it. Target criteria and attributes
 * are checked on the command side too (unknown key, role), so every sender meets the same rules.
 */
record CreateActivityRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.NOT_REQUIRED,
            description = "Required on POST /api/activities; ignored on /tasks and /messages")
        @NotNull(groups = Generic.class)
        ActivityType type,
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
    @NotNull(groups = TaskOnly.class) UUID assignedOperatorId,
    @Size(max = 20) List<@NotNull @Valid TargetCriterionRequest> targetCriteria,
    @Size(max = 50) List<@NotBlank @Size(max = 100) String> attributeKeys,
    @Size(max = 50) List<@NotNull @Valid AttributeValueRequest> attributes) {

  /** Validation group of POST /api/activities/tasks. */
  interface TaskOnly {}

  /** The target criteria and attributes asked for; absent lists are empty. */
  ActivityResolutionRequest resolution() {
    return new ActivityResolutionRequest(
        targetCriteria == null
            ? List.of()
            : targetCriteria.stream().map(TargetCriterionRequest::criterion).toList(),
        attributeKeys,
        attributes == null
            ? List.of()
            : attributes.stream().map(AttributeValueRequest::attribute).toList());
  }

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
