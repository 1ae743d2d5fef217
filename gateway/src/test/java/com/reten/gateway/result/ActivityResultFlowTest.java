package com.reten.gateway.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.result.ResultStatus;
import com.reten.commandside.result.LastResult;
import com.reten.commandside.result.LastResults;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TaskWorld;
import com.reten.gateway.support.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** POST /api/activity-results/tasks and the result reads, over real HTTP. */
class ActivityResultFlowTest extends IntegrationTest {

  static final String SUBMIT = "/api/activity-results/tasks";
  static final String OCCURRED = "2026-11-20T15:30:00Z";

  @Autowired LastResults lastResults;

  private TaskWorld world;
  private ApiClient admin;

  @BeforeEach
  void aTenantWithATask() {
    world = TaskWorld.create(api, asRoot());
    admin = world.admin();
  }

  @Test
  void aCompletedResultCompletesAReadyTaskAndIsReadBack() {
    String task = world.task("t-1");

    ApiResponse created = admin.post(SUBMIT, nested(task, "COMPLETED", "SALE_COMPLETED"));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonNode result = created.json();
    String id = result.path("id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/activity-results/" + id);
    assertThat(result.path("activityId").asText()).isEqualTo(task);
    assertThat(result.path("commerceExternalId").asText()).isEqualTo("C-1");
    assertThat(result.path("occurredAt").asText()).isEqualTo(OCCURRED);
    assertThat(result.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(result.path("externalStatus").asText()).isEqualTo("closed-won");
    assertThat(result.path("source").asText()).isEqualTo("RETEN_ACTIVITY");
    assertThat(result.path("providerActivityId").isNull()).isTrue();
    JsonNode report = result.path("taskResult");
    assertThat(report.path("result").asText()).isEqualTo("SALE_COMPLETED");
    assertThat(report.path("label").asText()).isEqualTo("Sale completed");
    assertThat(report.path("comment").asText()).isEqualTo("bought 3 boxes");
    assertThat(report.path("contactType").asText()).isEqualTo("OUTBOUND");
    assertThat(report.path("operatorExternalId").asText()).isEqualTo("OP-1");
    assertThat(report.path("payload").path("boxes").asInt()).isEqualTo(3);
    assertThat(result.path("rawPayload").path("app").asText()).isEqualTo("field");
    assertThat(result.path("createdAt").asText()).isNotBlank();
    assertThat(admin.get("/api/activity-results/" + id).json()).isEqualTo(result);

    JsonNode activity = admin.get("/api/activities/" + task).json();
    assertThat(activity.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(activity.path("result")).isEqualTo(result);
    assertThat(admin.get("/api/activities/" + task + "/results").json()).containsExactly(result);
    JsonNode events = admin.get("/api/activities/" + task + "/status-events").json();
    assertThat(events.findValuesAsText("eventType")).containsExactly("CREATED", "RESULT_RECORDED");
    assertThat(events.get(1).path("fromStatus").asText()).isEqualTo("READY");
    assertThat(events.get(1).path("toStatus").asText()).isEqualTo("COMPLETED");
    assertThat(admin.get("/api/activities/" + task + "?version=0").json().path("result").isNull())
        .isTrue();
    assertThat(admin.get("/api/activities/" + task + "?version=2").json().path("result"))
        .isEqualTo(result);
  }

  @Test
  void theFlatCamelCaseShapeSaysTheSame() {
    String task = world.task("t-1");
    Map<String, Object> flat = new HashMap<>();
    flat.put("activityId", task);
    flat.put("commerceExternalId", "C-1");
    flat.put("occurredAt", OCCURRED);
    flat.put("status", "NOT_EXECUTED");
    flat.put("resultTypeCode", "NOT_INTERESTED");
    flat.put("contactDirection", "INBOUND");
    flat.put("comment", "closed today");
    flat.put("operatorExternalId", "OP-1");
    flat.put("payload", Map.of("tries", 2));

    ApiResponse created = admin.post(SUBMIT, flat);

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonNode report = created.json().path("taskResult");
    assertThat(report.path("result").asText()).isEqualTo("NOT_INTERESTED");
    assertThat(report.path("label").asText()).isEqualTo("Not interested");
    assertThat(report.path("contactType").asText()).isEqualTo("INBOUND");
    assertThat(report.path("comment").asText()).isEqualTo("closed today");
    assertThat(report.path("operatorExternalId").asText()).isEqualTo("OP-1");
    assertThat(report.path("payload").path("tries").asInt()).isEqualTo(2);
    assertThat(admin.get("/api/activities/" + task).json().path("status").asText())
        .isEqualTo("FAILED");
  }

  @ParameterizedTest
  @CsvSource({
    "COMPLETED, COMPLETED",
    "TRANSFERRED, COMPLETED",
    "NOT_EXECUTED, FAILED",
    "CANCELED, CANCELED",
    "PENDING, READY"
  })
  void eachCoreStatusMovesTheTaskAsTheContractSays(String status, String activityStatus) {
    String task = world.task("t-" + status);

    ApiResponse created = admin.post(SUBMIT, nested(task, status, "NO_CONTACT"));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(admin.get("/api/activities/" + task).json().path("status").asText())
        .isEqualTo(activityStatus);
  }

  @Test
  void aTerminalTaskChangesOnlyWithHardOverride() {
    String task = world.task("t-1");
    assertThat(admin.post(SUBMIT, nested(task, "COMPLETED", "SALE_COMPLETED")).status())
        .isEqualTo(201);

    ApiResponse refused = admin.post(SUBMIT, nested(task, "NOT_EXECUTED", "NO_CONTACT"));
    refused.assertError(400, "Bad Request");
    assertThat(refused.json().path("message").asText()).contains("hard_override");

    var override = nested(task, "NOT_EXECUTED", "NO_CONTACT");
    override.put("hard_override", true);
    ApiResponse overridden = admin.post(SUBMIT, override);
    assertThat(overridden.status()).as("%s", overridden).isEqualTo(201);
    JsonNode activity = admin.get("/api/activities/" + task).json();
    assertThat(activity.path("status").asText()).isEqualTo("FAILED");
    assertThat(activity.path("result").path("id").asText())
        .isEqualTo(overridden.json().path("id").asText());
    assertThat(admin.get("/api/activities/" + task + "/results").json()).hasSize(2);
    // A PENDING result changes nothing, so a terminal activity takes it.
    assertThat(admin.post(SUBMIT, nested(task, "PENDING", "NO_CONTACT")).status()).isEqualTo(201);
    assertThat(
            admin
                .get("/api/activities/" + task + "/status-events")
                .json()
                .findValuesAsText("toStatus"))
        .containsExactly("READY", "COMPLETED", "FAILED");
  }

  /**
   * Reten's core docs send lowercase example codes (success, not_home) that no default catalog
   * holds: codes compare exactly, so such a code is the tenant's to define, and works once defined.
   */
  @Test
  void theDocsLowercaseExampleCodesAreTheTenantsToDefine() {
    String task = world.task("t-docs");
    expect400(nested(task, "COMPLETED", "success"), "not an active result type code");

    ApiResponse defined =
        admin.post(
            "/api/activity-config/task-result-types", Map.of("code", "success", "label", "Éxito"));
    assertThat(defined.status()).as("%s", defined).isEqualTo(201);
    expect400(nested(task, "COMPLETED", "SUCCESS"), "not an active result type code");
    ApiResponse recorded = admin.post(SUBMIT, nested(task, "COMPLETED", "success"));
    assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
    assertThat(recorded.json().path("taskResult").path("result").asText()).isEqualTo("success");
  }

  @Test
  void badSubmissionsAreRefusedAndRecordNothing() {
    String task = world.task("t-1");
    world.commerce("C-2");
    String theirs = TaskWorld.create(api, asRoot()).task("their-task");

    for (String field : List.of("commerce_external_id", "occurred_at", "status")) {
      var body = nested(task, "COMPLETED", "SALE_COMPLETED");
      body.remove(field);
      ApiResponse response = admin.post(SUBMIT, body);
      response.assertError(400, "Bad Request");
      assertThat(response.json().path("details").get(0).path("field").asText()).isEqualTo(field);
    }
    expect400(nested(task, "COMPLETED", null), "task_result.result");
    expect400(nested(task, "COMPLETED", "UNKNOWN_CODE"), "not an active result type code");
    expect400(nested(task, "COMPLETED", "sale_completed"), "not an active result type code");
    expect400(nested(task, "EFFECTIVE", "SALE_COMPLETED"), "status: must be one of");
    expect400(nested(task, "DONE", "SALE_COMPLETED"), null);
    var noIds = nested(task, "COMPLETED", "SALE_COMPLETED");
    noIds.remove("activity_id");
    expect400(noIds, "give activity_id or provider_activity_id");
    var wrongCommerce = nested(task, "COMPLETED", "SALE_COMPLETED");
    wrongCommerce.put("commerce_external_id", "C-2");
    expect400(wrongCommerce, "not the commerce of activity");
    var notAnObject = nested(task, "COMPLETED", "SALE_COMPLETED");
    notAnObject.put("raw_payload", List.of(1, 2));
    expect400(notAnObject, null);
    var future = nested(task, "COMPLETED", "SALE_COMPLETED");
    future.put("occurred_at", Instant.now().plus(1, ChronoUnit.DAYS).toString());
    expect400(future, "occurred_at: must not be in the future");
    var unknownCommerce = nested(task, "COMPLETED", "SALE_COMPLETED");
    unknownCommerce.put("commerce_external_id", "C-404");
    admin.post(SUBMIT, unknownCommerce).assertError(404, "Not Found");
    admin
        .post(SUBMIT, nested(UUID.randomUUID().toString(), "COMPLETED", "SALE_COMPLETED"))
        .assertError(404, "Not Found");
    admin
        .post(SUBMIT, nested(world.commerceId(), "COMPLETED", "SALE_COMPLETED"))
        .assertError(404, "Not Found");
    admin.post(SUBMIT, nested(theirs, "COMPLETED", "SALE_COMPLETED")).assertError(404, "Not Found");
    admin.patch(
        "/api/activity-config/task-result-types/NOT_INTERESTED", Map.of("is_active", false));
    expect400(nested(task, "COMPLETED", "NOT_INTERESTED"), "not an active result type code");

    assertThat(admin.get("/api/activity-results").json().path("meta").path("total").asInt())
        .isZero();
    assertThat(admin.get("/api/activities/" + task).json().path("status").asText())
        .isEqualTo("READY");
  }

  @Test
  void aRescheduleCreatesTheFollowUpOnce() {
    String task = world.task("t-1");
    expect400(nested(task, "PENDING", "RESCHEDULE"), "required by result type RESCHEDULE");
    var past = nested(task, "PENDING", "RESCHEDULE");
    taskResult(past).put("future_scheduled_at", "2020-01-01T00:00:00Z");
    expect400(past, "must be in the future");

    var reschedule = nested(task, "PENDING", "RESCHEDULE");
    taskResult(reschedule).put("future_scheduled_at", "2027-01-15T09:00:00Z");
    ApiResponse created = admin.post(SUBMIT, reschedule);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String resultId = created.json().path("id").asText();
    String key = task + ":reschedule:" + resultId;

    JsonNode followUp =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> followUpOf(key), node -> !node.isMissingNode());
    assertThat(followUp.path("status").asText()).isEqualTo("READY");
    assertThat(followUp.path("type").asText()).isEqualTo("TASK");
    assertThat(followUp.path("channel").asText()).isEqualTo("SALESMAN");
    assertThat(followUp.path("reason").asText()).isEqualTo("Visit t-1");
    assertThat(followUp.path("scheduledAt").asText()).isEqualTo("2027-01-15T09:00:00Z");
    assertThat(followUp.path("commerceAssignment").path("commerceId").asText())
        .isEqualTo(world.commerceId());
    assertThat(followUp.path("taskDetails").path("operatorId").asText())
        .isEqualTo(world.operatorId());
    JsonNode requested =
        eventOf(
            admin.get("/api/activities/" + task + "/history").json(),
            "ActivityFollowUpRequestedEvent");
    assertThat(requested.path("payload").path("followUpActivityId").asText())
        .isEqualTo(followUp.path("id").asText());
    // The follow-up's key is taken: nobody, not even a retry, makes a second one.
    var again = new HashMap<String, Object>();
    again.put("reason", "again");
    again.put("channel", "SALESMAN");
    again.put("commerce_id", world.commerceId());
    again.put("idempotency_key", key);
    again.put("scheduled_at", "2027-01-15T09:00:00Z");
    again.put("type", "TASK");
    ApiResponse conflict = admin.post("/api/activities", again);
    conflict.assertError(409, "Conflict");
    assertThat(conflict.json().path("details").get(0).path("message").asText())
        .isEqualTo(followUp.path("id").asText());
    assertThat(keysLike(task + ":reschedule:")).hasSize(1);
  }

  @Test
  void aRefusedFollowUpIsRecordedOnTheOriginalActivity() {
    String task = world.task("t-1");
    assertThat(admin.send("DELETE", "/api/commerces/" + world.commerceId(), null).status())
        .isEqualTo(204);

    var reschedule = nested(task, "PENDING", "RESCHEDULE");
    taskResult(reschedule).put("future_scheduled_at", "2027-01-15T09:00:00Z");
    ApiResponse created = admin.post(SUBMIT, reschedule);
    assertThat(created.status()).as("%s", created).isEqualTo(201);

    JsonNode failed =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    eventOf(
                        admin.get("/api/activities/" + task + "/history").json(),
                        "ActivityFollowUpFailedEvent"),
                node -> !node.isMissingNode());
    assertThat(failed.path("payload").path("resultId").asText())
        .isEqualTo(created.json().path("id").asText());
    assertThat(failed.path("payload").path("errorCode").asText())
        .isEqualTo("INVALID_STATE_TRANSITION");
    assertThat(keysLike(task + ":reschedule:")).isEmpty();
  }

  @Test
  void anIdempotencyKeyMakesARetrySafe() {
    String task = world.task("t-1");
    ApiClient keyed = admin.withHeader("Idempotency-Key", "field-app-7");
    var body = nested(task, "PENDING", "NO_CONTACT");

    ApiResponse first = keyed.post(SUBMIT, body);
    ApiResponse again = keyed.post(SUBMIT, body);

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(again.status()).as("%s", again).isEqualTo(201);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(admin.get("/api/activities/" + task + "/results").json()).hasSize(1);

    taskResult(body).put("comment", "another report");
    ApiResponse reused = keyed.post(SUBMIT, body);
    reused.assertError(409, "Conflict");
    assertThat(reused.json().path("message").asText()).contains("Idempotency-Key");
    assertThat(admin.post(SUBMIT, body).status()).as("without a key").isEqualTo(201);
    assertThat(admin.get("/api/activities/" + task + "/results").json()).hasSize(2);
  }

  @Test
  void aRefusedKeyedResultLeavesTheKeyFree() {
    String task = world.task("t-1");
    ApiClient keyed = admin.withHeader("Idempotency-Key", "field-app-8");

    keyed.post(SUBMIT, nested(task, "COMPLETED", "NO_SUCH_CODE")).assertError(400, "Bad Request");
    assertThat(keyed.post(SUBMIT, nested(task, "COMPLETED", "SALE_COMPLETED")).status())
        .isEqualTo(201);
    admin
        .withHeader("Idempotency-Key", "x".repeat(256))
        .post(SUBMIT, nested(task, "PENDING", "NO_CONTACT"))
        .assertError(400, "Bad Request");
  }

  @Test
  void aProviderIdThatMatchesNoActivityMakesAStandaloneResult() {
    var body = nested(null, "COMPLETED", "SALE_COMPLETED");
    body.remove("activity_id");
    body.put("provider_activity_id", "prov-unknown");

    ApiResponse created = admin.post(SUBMIT, body);

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.json().path("source").asText()).isEqualTo("STANDALONE");
    assertThat(created.json().path("activityId").isNull()).isTrue();
    assertThat(created.json().path("providerActivityId").asText()).isEqualTo("prov-unknown");
  }

  @Test
  void theResultListFiltersOrdersAndPaginates() {
    String a = world.task("t-a");
    String b = world.task("t-b", "CALLCENTER", "2026-12-02T10:00:00Z");
    String first = id(admin.post(SUBMIT, nested(a, "PENDING", "NO_CONTACT")));
    var later = nested(b, "COMPLETED", "SALE_COMPLETED");
    later.put("occurred_at", "2026-11-21T10:00:00Z");
    String second = id(admin.post(SUBMIT, later));
    String third = id(admin.post(SUBMIT, nested(a, "NOT_EXECUTED", "NO_CONTACT")));

    JsonNode page = admin.get("/api/activity-results?limit=2").json();
    assertThat(page.path("data").findValuesAsText("id")).containsExactly(third, second);
    assertThat(page.path("meta").path("total").asInt()).isEqualTo(3);
    assertThat(page.path("meta").path("totalPages").asInt()).isEqualTo(2);
    assertThat(ids("page=2&limit=2")).containsExactly(first);
    assertThat(ids("activity_id=" + a)).containsExactly(third, first);
    assertThat(ids("status=COMPLETED")).containsExactly(second);
    assertThat(ids("commerce_external_id=C-1")).containsExactly(third, second, first);
    assertThat(ids("commerce_external_id=C-9")).isEmpty();
    assertThat(ids("occurred_from=2026-11-21T00:00:00Z")).containsExactly(second);
    assertThat(ids("occurred_to=2026-11-21T00:00:00Z")).containsExactly(third, first);
    admin.get("/api/activity-results?status=LATE").assertError(400, "Bad Request");
    admin.get("/api/activity-results?occurred_from=today").assertError(400, "Bad Request");
    assertThat(admin.get("/api/activities/" + a + "/results").json().findValuesAsText("id"))
        .containsExactly(third, first);

    ApiClient stranger = TestTenant.create(api, asRoot()).admin();
    assertThat(stranger.get("/api/activity-results").json().path("meta").path("total").asInt())
        .isZero();
    stranger.get("/api/activity-results/" + first).assertError(404, "Not Found");
    stranger.get("/api/activities/" + a + "/results").assertError(404, "Not Found");
  }

  @Test
  void apiKeysUseTheCoreRouteWithCreateActivity() {
    String task = world.task("t-1");
    ApiClient creator = world.key("CREATE_ACTIVITY");
    ApiClient viewer = world.key("VIEW_ACTIVITIES");

    viewer.post(SUBMIT, nested(task, "COMPLETED", "SALE_COMPLETED")).assertError(403, "Forbidden");
    ApiResponse created = creator.post(SUBMIT, nested(task, "COMPLETED", "SALE_COMPLETED"));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonNode applied =
        eventOf(
            admin.get("/api/activities/" + task + "/history").json(), "ActivityResultAppliedEvent");
    assertThat(applied.path("actor").path("type").asText()).isEqualTo("API_KEY");
  }

  @Test
  void theLatestResultPerCommerceAndChannelIsKeptForTargetResolution() {
    String salesman = world.task("t-s");
    String callcenter = world.task("t-c", "CALLCENTER", "2026-12-02T10:00:00Z");
    var late = nested(salesman, "PENDING", "NO_CONTACT");
    late.put("occurred_at", "2026-11-25T10:00:00Z");
    String newest = id(admin.post(SUBMIT, late));
    var older = nested(salesman, "COMPLETED", "SALE_COMPLETED");
    older.put("occurred_at", "2026-11-24T10:00:00Z");
    id(admin.post(SUBMIT, older)); // recorded later, occurred earlier: not the latest
    var call = nested(callcenter, "PENDING", "NO_CONTACT");
    call.put("occurred_at", "2026-11-23T10:00:00Z");
    String onCall = id(admin.post(SUBMIT, call));

    UUID tenant = world.tenantId();
    UUID commerce = UUID.fromString(world.commerceId());
    assertThat(lastResults.latest(tenant, commerce, ActivityChannel.SALESMAN))
        .contains(
            new LastResult(
                UUID.fromString(salesman),
                UUID.fromString(newest),
                "NO_CONTACT",
                ResultStatus.PENDING,
                Instant.parse("2026-11-25T10:00:00Z"),
                ActivityChannel.SALESMAN));
    assertThat(lastResults.latest(tenant, commerce, ActivityChannel.CALLCENTER))
        .map(LastResult::resultId)
        .contains(UUID.fromString(onCall));
    assertThat(lastResults.latest(tenant, commerce, null))
        .map(LastResult::resultId)
        .contains(UUID.fromString(newest));
    assertThat(lastResults.latest(tenant, commerce, ActivityChannel.SMS)).isEmpty();
    assertThat(lastResults.latest(UUID.randomUUID(), commerce, null)).isEmpty();
  }

  // --- helpers

  private void expect400(Map<String, Object> body, String messagePart) {
    ApiResponse response = admin.post(SUBMIT, body);
    response.assertError(400, "Bad Request");
    if (messagePart != null) {
      assertThat(response.json().toString()).contains(messagePart);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> taskResult(Map<String, Object> body) {
    return (Map<String, Object>) body.get("task_result");
  }

  private JsonNode followUpOf(String key) {
    for (JsonNode activity : admin.get("/api/activities?limit=100").json().path("data")) {
      if (activity.path("idempotencyKey").asText().equals(key)) {
        return activity;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private List<String> keysLike(String prefix) {
    return admin
        .get("/api/activities?limit=100")
        .json()
        .path("data")
        .findValuesAsText("idempotencyKey")
        .stream()
        .filter(key -> key.startsWith(prefix))
        .toList();
  }

  static JsonNode eventOf(JsonNode history, String type) {
    for (JsonNode event : history) {
      if (event.path("eventType").asText().equals(type)) {
        return event;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private List<String> ids(String query) {
    return admin.get("/api/activity-results?" + query).json().path("data").findValuesAsText("id");
  }

  private static String id(ApiResponse response) {
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }

  /** A core-route body in the nested snake_case shape. */
  static Map<String, Object> nested(String activityId, String status, String code) {
    Map<String, Object> report = new HashMap<>();
    if (code != null) {
      report.put("result", code);
    }
    report.put("comment", "bought 3 boxes");
    report.put("contact_type", "OUTBOUND");
    report.put("operator_external_id", "OP-1");
    report.put("payload", Map.of("boxes", 3));
    Map<String, Object> body = new HashMap<>();
    if (activityId != null) {
      body.put("activity_id", activityId);
    }
    body.put("commerce_external_id", "C-1");
    body.put("occurred_at", OCCURRED);
    body.put("status", status);
    body.put("external_status", "closed-won");
    body.put("raw_payload", Map.of("app", "field"));
    body.put("task_result", report);
    return body;
  }
}
