package com.reten.gateway.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first slice of /api/activities over real HTTP. */
class ActivityFlowTest extends IntegrationTest {

  private ApiClient admin;
  private String commerce;

  @BeforeEach
  void tenantWithACommerce() {
    admin = TestTenant.create(api, asRoot()).admin();
    commerce = commerce(admin, "C-1");
  }

  @Test
  void aMessageIsCreatedReadyWithItsCommerceAndReadBack() {
    ApiResponse created = admin.post("/api/activities", body("MESSAGE", "WHATSAPP", "k-1"));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/activities/" + id);
    // Created (0), then its target user, the commerce's rep (1).
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    var json = created.json();
    assertThat(json.path("status").asText()).isEqualTo("READY");
    assertThat(json.path("type").asText()).isEqualTo("MESSAGE");
    assertThat(json.path("channel").asText()).isEqualTo("WHATSAPP");
    assertThat(json.path("score").asInt()).isEqualTo(5);
    assertThat(json.path("idempotencyKey").asText()).isEqualTo("k-1");
    assertThat(json.path("scheduledAt").asText()).isEqualTo("2026-12-01T10:00:00Z");
    assertThat(json.path("commerceAssignment").path("commerceId").asText()).isEqualTo(commerce);
    assertThat(json.path("commerceAssignment").path("commerce").path("name").asText())
        .isEqualTo("Store C-1");
    assertThat(json.path("commerceAssignment").path("commerce").path("externalId").asText())
        .isEqualTo("C-1");
    assertThat(json.path("taskDetails").isNull()).isTrue();

    ApiResponse read = admin.get("/api/activities/" + id);
    assertThat(read.json()).isEqualTo(json);
    assertThat(read.header("ETag")).isEqualTo("\"1\"");
    ApiResponse events = admin.get("/api/activities/" + id + "/status-events");
    assertThat(events.json()).hasSize(1);
    assertThat(events.json().get(0).path("eventType").asText()).isEqualTo("CREATED");
    assertThat(events.json().get(0).path("fromStatus").isNull()).isTrue();
    assertThat(events.json().get(0).path("toStatus").asText()).isEqualTo("READY");
  }

  /**
   * The activity read model is written in the create's own transaction: a row it cannot store (here
   * a CHECK constraint standing in for a projection bug) fails the create whole, and nothing of it
   * is stored, so the same key creates it once the cause is gone.
   */
  @Test
  void aCreateTheReadModelCannotStoreFailsWholeAndStoresNothing() {
    Map<String, Object> poisoned = body("MESSAGE", "WHATSAPP", "poisoned");
    poisoned.put("reason", "poison");
    jdbc.execute(
        "ALTER TABLE rm_activity ADD CONSTRAINT test_refuses_poison CHECK (reason <> 'poison')"
            + " NOT VALID");
    ApiResponse refused;
    try {
      refused = admin.post("/api/activities", poisoned);
    } finally {
      jdbc.execute("ALTER TABLE rm_activity DROP CONSTRAINT test_refuses_poison");
    }

    refused.assertError(500, "Internal Server Error");
    assertThat(refused.json().toString())
        .doesNotContain("poison")
        .doesNotContainIgnoringCase("sql");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry"
                    + " WHERE convert_from(payload, 'UTF8') LIKE '%\"poisoned\"%'",
                Integer.class))
        .isZero();
    ApiResponse created = admin.post("/api/activities", poisoned);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.json().path("reason").asText()).isEqualTo("poison");
  }

  @Test
  void tasksAndMessagesHaveTheirOwnEndpoints() {
    String operator =
        created(admin.post("/api/operators", Map.of("type", "SALESMAN", "name", "Ana")));
    String route = created(admin.post("/api/routes", Map.of("name", "North")));

    var task = body(null, "SALESMAN", "t-1");
    task.put("assigned_route_id", route);
    task.put("assigned_operator_id", operator);
    admin.post("/api/activities/tasks", task).assertError(400, "Bad Request");
    assertThat(
            admin
                .post("/api/routes/" + route + "/operators", Map.of("operatorId", operator))
                .status())
        .isIn(200, 201, 204);

    ApiResponse created = admin.post("/api/activities/tasks", task);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.json().path("type").asText()).isEqualTo("TASK");
    assertThat(created.json().path("taskDetails").path("routeId").asText()).isEqualTo(route);
    assertThat(created.json().path("taskDetails").path("operatorId").asText()).isEqualTo(operator);

    ApiResponse message = admin.post("/api/activities/messages", body(null, "EMAIL", "m-1"));
    assertThat(message.status()).as("%s", message).isEqualTo(201);
    assertThat(message.json().path("type").asText()).isEqualTo("MESSAGE");
    admin
        .post("/api/activities/messages", body(null, "SALESMAN", "m-2"))
        .assertError(400, "Bad Request");
    var unassigned = body(null, "SALESMAN", "t-2");
    ApiResponse missing = admin.post("/api/activities/tasks", unassigned);
    missing.assertError(400, "Bad Request");
    assertThat(missing.json().path("details").toString())
        .contains("assigned_route_id", "assigned_operator_id");
  }

  @Test
  void everyRequiredFieldAndChannelIsValidated() {
    for (String field :
        List.of("type", "reason", "channel", "commerce_id", "idempotency_key", "scheduled_at")) {
      var body = body("MESSAGE", "SMS", "v-" + field);
      body.remove(field);
      ApiResponse response = admin.post("/api/activities", body);
      response.assertError(400, "Bad Request");
      assertThat(response.json().path("details").get(0).path("field").asText()).isEqualTo(field);
    }
    admin
        .post("/api/activities", body("MESSAGE", "SALESMAN", "v-1"))
        .assertError(400, "Bad Request");
    admin.post("/api/activities", body("TASK", "PUSH", "v-2")).assertError(400, "Bad Request");
    admin.post("/api/activities", body("MESSAGE", "FAX", "v-3")).assertError(400, "Bad Request");
    admin
        .post("/api/activities", body("MESSAGE", "SMS", "x".repeat(256)))
        .assertError(400, "Bad Request");
    var notInt = body("MESSAGE", "SMS", "v-4");
    notInt.put("score", "high");
    admin.post("/api/activities", notInt).assertError(400, "Bad Request");
    assertThat(admin.get("/api/activities").json().path("meta").path("total").asInt()).isZero();
  }

  @Test
  void theCommerceMustBeAnActiveCommerceOfTheTenant() {
    ApiClient stranger = TestTenant.create(api, asRoot()).admin();
    String theirs = commerce(stranger, "C-9");
    var body = body("MESSAGE", "SMS", "c-1");
    body.put("commerce_id", theirs);
    admin.post("/api/activities", body).assertError(404, "Not Found");

    assertThat(admin.send("DELETE", "/api/commerces/" + commerce, null).status()).isEqualTo(204);
    admin.post("/api/activities", body("MESSAGE", "SMS", "c-2")).assertError(400, "Bad Request");
  }

  @Test
  void aRepeatedIdempotencyKeyIsAConflictNamingTheExistingActivity() {
    String id = created(admin.post("/api/activities", body("MESSAGE", "PUSH", "once")));

    ApiResponse again = admin.post("/api/activities", body("MESSAGE", "EMAIL", "once"));

    again.assertError(409, "Conflict");
    assertThat(again.json().path("details").get(0).path("field").asText()).isEqualTo("id");
    assertThat(again.json().path("details").get(0).path("message").asText()).isEqualTo(id);
    // Keys are per tenant: another tenant may use the same one.
    ApiClient stranger = TestTenant.create(api, asRoot()).admin();
    var theirs = body("MESSAGE", "PUSH", "once");
    theirs.put("commerce_id", commerce(stranger, "C-8"));
    assertThat(stranger.post("/api/activities", theirs).status()).isEqualTo(201);
  }

  @Test
  void concurrentCreatesWithOneKeyCreateExactlyOneActivity() throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    List<ApiResponse> responses = new ArrayList<>();
    try {
      var results =
          pool.invokeAll(
              IntStream.range(0, 8)
                  .mapToObj(
                      i ->
                          (Callable<ApiResponse>)
                              () -> admin.post("/api/activities", body("MESSAGE", "SMS", "race")))
                  .toList());
      for (var result : results) {
        responses.add(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(responses).extracting(ApiResponse::status).containsOnly(201, 409);
    assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
    String id =
        responses.stream()
            .filter(r -> r.status() == 201)
            .findFirst()
            .orElseThrow()
            .json()
            .path("id")
            .asText();
    assertThat(responses)
        .filteredOn(r -> r.status() == 409)
        .allSatisfy(
            r ->
                assertThat(r.json().path("details").get(0).path("message").asText()).isEqualTo(id));
    assertThat(admin.get("/api/activities").json().path("meta").path("total").asInt()).isEqualTo(1);
  }

  @Test
  void cancelHonoursIfMatchAndRefusesATerminalActivity() {
    String id = created(admin.post("/api/activities", body("MESSAGE", "SMS", "x-1")));
    String path = "/api/activities/" + id + "/cancel";

    admin.withHeader("If-Match", "\"7\"").patch(path, Map.of()).assertError(409, "Conflict");
    ApiResponse canceled =
        admin.withHeader("If-Match", "\"1\"").patch(path, Map.of("reason", "duplicate"));
    assertThat(canceled.status()).as("%s", canceled).isEqualTo(200);
    assertThat(canceled.json().path("status").asText()).isEqualTo("CANCELED");
    assertThat(canceled.header("ETag")).isEqualTo("\"2\"");
    admin.send("PATCH", path, null).assertError(400, "Bad Request");

    var events = admin.get("/api/activities/" + id + "/status-events").json();
    assertThat(events).hasSize(2);
    assertThat(events.get(1).path("eventType").asText()).isEqualTo("CANCELED");
    assertThat(events.get(1).path("fromStatus").asText()).isEqualTo("READY");
    assertThat(events.get(1).path("toStatus").asText()).isEqualTo("CANCELED");
  }

  @Test
  void anotherTenantsActivityIsNotFound() {
    String id = created(admin.post("/api/activities", body("MESSAGE", "SMS", "o-1")));
    ApiClient stranger = TestTenant.create(api, asRoot()).admin();

    stranger.get("/api/activities/" + id).assertError(404, "Not Found");
    stranger.get("/api/activities/" + id + "/status-events").assertError(404, "Not Found");
    stranger.patch("/api/activities/" + id + "/cancel", Map.of()).assertError(404, "Not Found");
    assertThat(stranger.get("/api/activities").json().path("meta").path("total").asInt()).isZero();
  }

  @Test
  void theListFiltersOrdersAndPaginates() {
    String other = commerce(admin, "C-2");
    create("MESSAGE", "SMS", "l-1", commerce, "2026-12-01T10:00:00Z", "Reorder soap");
    create("MESSAGE", "EMAIL", "l-2", commerce, "2026-12-03T10:00:00Z", "Welcome");
    String canceled = create("TASK", "CALLCENTER", "l-3", other, "2026-12-02T10:00:00Z", "Call");
    admin.patch("/api/activities/" + canceled + "/cancel", Map.of());

    var all = admin.get("/api/activities?limit=2").json();
    assertThat(all.path("meta").path("total").asInt()).isEqualTo(3);
    assertThat(all.path("meta").path("totalPages").asInt()).isEqualTo(2);
    assertThat(all.path("meta").path("page").asInt()).isEqualTo(1);
    assertThat(all.path("meta").path("limit").asInt()).isEqualTo(2);
    assertThat(all.path("data").findValuesAsText("idempotencyKey")).containsExactly("l-2", "l-3");
    assertThat(
            admin
                .get("/api/activities?limit=2&page=2")
                .json()
                .path("data")
                .findValuesAsText("idempotencyKey"))
        .containsExactly("l-1");

    assertThat(keys("status=CANCELED")).containsExactly("l-3");
    assertThat(keys("type=MESSAGE")).containsExactly("l-2", "l-1");
    assertThat(keys("channel=EMAIL")).containsExactly("l-2");
    assertThat(keys("commerce_id=" + other)).containsExactly("l-3");
    assertThat(keys("search=SOAP")).containsExactly("l-1");
    assertThat(keys("search=c-2")).containsExactly("l-3");
    assertThat(keys("scheduled_from=2026-12-02T10:00:00Z")).containsExactly("l-2", "l-3");
    assertThat(keys("scheduled_to=2026-12-02T10:00:00Z&type=MESSAGE")).containsExactly("l-1");
    assertThat(keys("operator_id=" + java.util.UUID.randomUUID())).isEmpty();
    admin.get("/api/activities?status=LATE").assertError(400, "Bad Request");
    admin.get("/api/activities?scheduled_from=yesterday").assertError(400, "Bad Request");
  }

  private List<String> keys(String query) {
    return admin
        .get("/api/activities?" + query)
        .json()
        .path("data")
        .findValuesAsText("idempotencyKey");
  }

  private String create(
      String type, String channel, String key, String commerceId, String at, String reason) {
    var body = body(type, channel, key);
    body.put("commerce_id", commerceId);
    body.put("scheduled_at", at);
    body.put("reason", reason);
    return created(admin.post("/api/activities", body));
  }

  private Map<String, Object> body(String type, String channel, String key) {
    Map<String, Object> body = new HashMap<>();
    if (type != null) {
      body.put("type", type);
    }
    body.put("reason", "Low stock");
    body.put("channel", channel);
    body.put("commerce_id", commerce);
    body.put("idempotency_key", key);
    body.put("scheduled_at", "2026-12-01T10:00:00Z");
    body.put("suggested_execution_time", "mornings");
    body.put("user_status", "ACTIVE");
    body.put("score", 5);
    body.put("assignment_reason", "rule 4");
    return body;
  }

  /** A commerce with a COMMERCE_REP, so activities for it are created READY. */
  private static String commerce(ApiClient client, String externalId) {
    String id =
        created(
            client.post(
                "/api/commerces",
                Map.of("name", "Store " + externalId, "external_id", externalId)));
    created(
        client.post(
            "/api/commerces/" + id + "/users",
            Map.of("name", "Rep " + externalId, "roles", List.of("COMMERCE_REP"))));
    return id;
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
