package com.reten.gateway.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An activity's events and its past states, read from the event store over real HTTP. */
class ActivityHistoryFlowTest extends IntegrationTest {

  private ApiClient admin;
  private String id;

  @BeforeEach
  void aCreatedThenCanceledActivity() {
    admin = TestTenant.create(api, asRoot()).admin();
    String commerce =
        created(admin.post("/api/commerces", Map.of("name", "Store H-1", "external_id", "H-1")));
    created(
        admin.post(
            "/api/commerces/" + commerce + "/users",
            Map.of("name", "Rep H-1", "roles", java.util.List.of("COMMERCE_REP"))));
    id =
        created(
            admin
                .withHeader("x-request-id", "req-create-1")
                .post("/api/activities", body(commerce)));
    ApiResponse canceled =
        admin
            .withHeader("x-request-id", "req-cancel-1")
            .patch("/api/activities/" + id + "/cancel", Map.of("reason", "duplicate"));
    assertThat(canceled.status()).as("%s", canceled).isEqualTo(200);
  }

  @Test
  void theHistoryListsEveryEventOldestFirstWithActorAndCorrelation() {
    ApiResponse history = admin.get("/api/activities/" + id + "/history");

    assertThat(history.status()).as("%s", history).isEqualTo(200);
    JsonNode events = history.json();
    assertThat(events).hasSize(3);
    JsonNode created = events.get(0);
    assertThat(created.path("sequence").asLong()).isZero();
    assertThat(created.path("eventType").asText()).isEqualTo("ActivityCreatedEvent");
    assertThat(created.path("actor").path("type").asText()).isEqualTo("USER");
    assertThat(created.path("actor").path("id").asText()).isNotBlank();
    assertThat(created.path("correlationId").asText()).isEqualTo("req-create-1");
    assertThat(created.path("payload").path("activityId").asText()).isEqualTo(id);
    assertThat(created.path("payload").path("details").path("idempotencyKey").asText())
        .isEqualTo("h-1");
    assertThat(created.path("payload").path("details").path("scheduledAt").asText())
        .isEqualTo("2026-12-01T10:00:00Z");
    JsonNode targets = events.get(1);
    assertThat(targets.path("eventType").asText()).isEqualTo("ActivityTargetUsersSetEvent");
    assertThat(targets.path("correlationId").asText()).isEqualTo("req-create-1");
    assertThat(targets.path("payload").path("targetUsers").get(0).path("name").asText())
        .isEqualTo("Rep H-1");
    JsonNode canceled = events.get(2);
    assertThat(canceled.path("sequence").asLong()).isEqualTo(2);
    assertThat(canceled.path("eventType").asText()).isEqualTo("ActivityCanceledEvent");
    assertThat(canceled.path("actor").path("type").asText()).isEqualTo("USER");
    assertThat(canceled.path("correlationId").asText()).isEqualTo("req-cancel-1");
    assertThat(canceled.path("payload").path("reason").asText()).isEqualTo("duplicate");
    assertThat(canceled.path("payload").path("fromStatus").asText()).isEqualTo("READY");
    assertThat(Instant.parse(canceled.path("occurredAt").asText()))
        .isAfterOrEqualTo(Instant.parse(created.path("occurredAt").asText()));
  }

  @Test
  void aVersionShowsTheActivityAsItWasThen() {
    ApiResponse first = admin.get("/api/activities/" + id + "?version=0");
    assertThat(first.status()).as("%s", first).isEqualTo(200);
    assertThat(first.json().path("status").asText()).isEqualTo("READY");
    assertThat(first.json().path("id").asText()).isEqualTo(id);
    assertThat(first.json().path("commerceAssignment").path("commerce").path("name").asText())
        .isEqualTo("Store H-1");
    assertThat(first.header("ETag")).isEqualTo("\"0\"");

    ApiResponse second = admin.get("/api/activities/" + id + "?version=2");
    assertThat(second.json().path("status").asText()).isEqualTo("CANCELED");
    assertThat(second.header("ETag")).isEqualTo("\"2\"");
    assertThat(second.json()).isEqualTo(admin.get("/api/activities/" + id).json());
    assertThat(admin.get("/api/activities/" + id + "?version=9").header("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void aTimeShowsTheActivityAsItWasThen() {
    JsonNode events = admin.get("/api/activities/" + id + "/history").json();
    Instant createdAt = Instant.parse(events.get(0).path("occurredAt").asText());
    Instant targetsSetAt = Instant.parse(events.get(1).path("occurredAt").asText());

    admin
        .get("/api/activities/" + id + "?as_of=" + createdAt.minusMillis(1))
        .assertError(404, "Not Found");
    ApiResponse between = admin.get("/api/activities/" + id + "?as_of=" + targetsSetAt);
    assertThat(between.status()).as("%s", between).isEqualTo(200);
    assertThat(between.json().path("status").asText()).isEqualTo("READY");
    assertThat(between.header("ETag")).isEqualTo("\"1\"");
    ApiResponse now = admin.get("/api/activities/" + id + "?as_of=" + Instant.now());
    assertThat(now.json().path("status").asText()).isEqualTo("CANCELED");
  }

  @Test
  void malformedOrDoublePointsAreBadRequests() {
    String path = "/api/activities/" + id;
    admin.get(path + "?as_of=yesterday").assertError(400, "Bad Request");
    admin.get(path + "?version=-1").assertError(400, "Bad Request");
    admin.get(path + "?version=one").assertError(400, "Bad Request");
    admin.get(path + "?version=0&as_of=2026-01-01T00:00:00Z").assertError(400, "Bad Request");
  }

  @Test
  void anotherTenantsOrAnUnknownActivityIsNotFound() {
    ApiClient stranger = TestTenant.create(api, asRoot()).admin();

    stranger.get("/api/activities/" + id + "/history").assertError(404, "Not Found");
    stranger.get("/api/activities/" + id + "?version=0").assertError(404, "Not Found");
    stranger.get("/api/activities/" + id + "?as_of=" + Instant.now()).assertError(404, "Not Found");
    admin.get("/api/activities/" + UUID.randomUUID() + "/history").assertError(404, "Not Found");
  }

  private static Map<String, Object> body(String commerce) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "MESSAGE");
    body.put("reason", "Low stock");
    body.put("channel", "SMS");
    body.put("commerce_id", commerce);
    body.put("idempotency_key", "h-1");
    body.put("scheduled_at", "2026-12-01T10:00:00Z");
    return body;
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
