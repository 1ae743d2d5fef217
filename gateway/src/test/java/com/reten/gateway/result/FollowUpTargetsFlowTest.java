package com.reten.gateway.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TaskWorld;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A RESCHEDULE's follow-up targets the person the rescheduled activity reached (§4.5). */
class FollowUpTargetsFlowTest extends IntegrationTest {

  @Test
  void theFollowUpTargetsWhomTheRescheduledTaskReached() {
    TaskWorld world = TaskWorld.create(api, asRoot());
    ApiClient admin = world.admin();
    // C-1 has a COMMERCE_REP (what default resolution would pick); this task targets its OWNER.
    String owner =
        id(
            admin.post(
                "/api/commerces/" + world.commerceId() + "/users",
                Map.of("name", "Olga Dueña", "roles", List.of("OWNER"))));
    Map<String, Object> body = new HashMap<>();
    body.put("reason", "Visit the owner");
    body.put("channel", "SALESMAN");
    body.put("commerce_id", world.commerceId());
    body.put("idempotency_key", "owner-visit");
    body.put("scheduled_at", "2026-12-01T10:00:00Z");
    body.put("assigned_route_id", world.routeId());
    body.put("assigned_operator_id", world.operatorId());
    body.put(
        "target_criteria",
        List.of(Map.of("type", "ROLE_MATCH", "config", Map.of("role", "OWNER"), "priority", 0)));
    String task = id(admin.post("/api/activities/tasks", body));
    assertThat(targetsOf(admin, task)).containsExactly(owner);

    ApiResponse result =
        admin.post(
            "/api/activity-results/tasks",
            Map.of(
                "activity_id", task,
                "commerce_external_id", "C-1",
                "occurred_at", "2026-11-28T11:00:00Z",
                "status", "PENDING",
                "task_result",
                    Map.of("result", "RESCHEDULE", "future_scheduled_at", "2030-01-08T10:00:00Z")));
    assertThat(result.status()).as("%s", result).isEqualTo(201);

    String followUp =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> otherActivity(admin, world.commerceId(), task), found -> found != null);
    assertThat(targetsOf(admin, followUp)).containsExactly(owner);
  }

  private static String otherActivity(ApiClient admin, String commerceId, String known) {
    for (JsonNode activity :
        admin.get("/api/activities?commerce_id=" + commerceId).json().path("data")) {
      if (!activity.path("id").asText().equals(known)) {
        return activity.path("id").asText();
      }
    }
    return null;
  }

  private static List<String> targetsOf(ApiClient admin, String activity) {
    return admin
        .get("/api/activities/" + activity + "/target-users")
        .json()
        .findValuesAsText("commerceUserId");
  }

  private static String id(ApiResponse response) {
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
