package com.reten.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TaskWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Task Integration API as an integrator uses it, with API keys only. Dispatch is not built yet:
 * {@link TaskWorld#dispatch} appends the ActivityDispatchedEvent a provider's acceptance would,
 * through Axon's event store, so tasks can be DISPATCHED with a provider id.
 */
class TaskIntegrationFlowTest extends IntegrationTest {

  static final String SUBMIT = "/api/integration/activity-results/tasks";
  static final String TASKS = "/api/integration/activities/tasks";

  @Autowired EventStore events;

  private TaskWorld world;
  private ApiClient integrator;

  @BeforeEach
  void aTenantWithAnIntegrationKey() {
    world = TaskWorld.create(api, asRoot());
    integrator = world.key("VIEW_ACTIVITIES", "SUBMIT_ACTIVITY_RESULT");
  }

  /** The "done when", as an integrator would do it with only an API key. */
  @Test
  void anIntegratorWorksItsTasksWithOnlyAnApiKey() {
    String task = world.task("visit-1");
    world.dispatch(events, task, "yom-77");

    // 1. The key works: the result types to submit.
    ApiResponse configs = integrator.get("/api/integration/task-result-type-configs");
    assertThat(configs.status()).as("%s", configs).isEqualTo(200);
    assertThat(configs.json().findValuesAsText("code")).contains("SALE_COMPLETED", "RESCHEDULE");

    // 2. The dispatched tasks.
    JsonNode inProgress = integrator.get(TASKS + "?status=IN_PROGRESS").json();
    assertThat(inProgress.path("meta").path("total").asInt()).isEqualTo(1);
    JsonNode listed = inProgress.path("data").get(0);
    assertThat(listed.path("id").asText()).isEqualTo(task);
    assertThat(listed.path("activityOrigin").asText()).isEqualTo("ACTIVITY");
    assertThat(listed.path("type").asText()).isEqualTo("TASK");
    assertThat(listed.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(listed.path("lifecycleStatus").asText()).isEqualTo("DISPATCHED");
    assertThat(listed.path("lifecycleStatusLabel").asText()).isEqualTo("Despachada");
    assertThat(listed.path("lifecycleStatusDetail").asText()).startsWith("Enviada al proveedor");
    assertThat(listed.path("canForceRetryDispatch").asBoolean()).isFalse();
    assertThat(listed.path("commerceExternalId").asText()).isEqualTo("C-1");
    assertThat(listed.path("commerceName").asText()).isEqualTo("Store C-1");
    assertThat(listed.path("operatorExternalId").asText()).isEqualTo("OP-1");
    assertThat(listed.path("result").isNull()).isTrue();
    assertThat(listed.path("occurredAt").isNull()).isTrue();

    // 3. EFFECTIVE, by the provider's id: the task is COMPLETED.
    ApiResponse effective =
        integrator.post(SUBMIT, byProviderId("yom-77", "EFFECTIVE", "SALE_COMPLETED"));
    assertThat(effective.status()).as("%s", effective).isEqualTo(201);
    assertThat(effective.json().path("activityId").asText()).isEqualTo(task);
    assertThat(effective.json().path("providerActivityId").asText()).isEqualTo("yom-77");
    assertThat(status(task)).isEqualTo("COMPLETED");
    JsonNode completed = integrator.get(TASKS + "?status=COMPLETED&result_status=EFFECTIVE").json();
    assertThat(topIds(completed.path("data"))).containsExactly(task);
    assertThat(completed.path("data").get(0).path("occurredAt").asText())
        .isEqualTo("2026-11-20T15:30:00Z");
    assertThat(completed.path("data").get(0).path("result").path("id").asText())
        .isEqualTo(effective.json().path("id").asText());

    // 4. Again: the task already has a final result.
    integrator
        .post(SUBMIT, byProviderId("yom-77", "EFFECTIVE", "SALE_COMPLETED"))
        .assertError(409, "Conflict");

    // 5. Again with hard_override: the task follows the new result.
    var override = byProviderId("yom-77", "NOT_EFFECTIVE", "NOT_INTERESTED");
    override.put("hard_override", true);
    ApiResponse overridden = integrator.post(SUBMIT, override);
    assertThat(overridden.status()).as("%s", overridden).isEqualTo(201);
    assertThat(status(task)).isEqualTo("FAILED");

    // 6. RESCHEDULE (with hard_override, the task has a final result): a follow-up appears.
    var reschedule = byProviderId("yom-77", "PENDING", "RESCHEDULE");
    reschedule.put("hard_override", true);
    reschedule.put("futureScheduledAt", "2027-02-01T09:00:00Z");
    ApiResponse rescheduled = integrator.post(SUBMIT, reschedule);
    assertThat(rescheduled.status()).as("%s", rescheduled).isEqualTo(201);
    String followUpKey = task + ":reschedule:" + rescheduled.json().path("id").asText();
    JsonNode followUp =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> integrator.get(TASKS + "?status=PENDING").json().path("data"),
                data -> data.size() == 1);
    assertThat(followUp.get(0).path("scheduledAt").asText()).isEqualTo("2027-02-01T09:00:00Z");
    assertThat(followUp.get(0).path("canForceRetryDispatch").asBoolean()).isTrue();
    String followUpId = followUp.get(0).path("id").asText();
    assertThat(
            world
                .admin()
                .get("/api/activities/" + followUpId)
                .json()
                .path("idempotencyKey")
                .asText())
        .isEqualTo(followUpKey);

    // 7. The task's history shows each step, with the key as the actor.
    JsonNode history = world.admin().get("/api/activities/" + task + "/history").json();
    List<String> steps = new ArrayList<>();
    for (JsonNode event : history) {
      steps.add(
          event.path("eventType").asText() + " by " + event.path("actor").path("type").asText());
    }
    assertThat(steps)
        .containsExactly(
            "ActivityCreatedEvent by USER",
            "ActivityTargetUsersSetEvent by USER",
            "ActivityDispatchedEvent by SYSTEM",
            "ActivityResultRecordedEvent by API_KEY",
            "ActivityResultAppliedEvent by API_KEY",
            "ActivityResultRecordedEvent by API_KEY",
            "ActivityResultAppliedEvent by API_KEY",
            "ActivityResultRecordedEvent by API_KEY",
            "ActivityFollowUpRequestedEvent by API_KEY");
    String keyId = history.get(3).path("actor").path("id").asText();
    assertThat(history.get(8).path("actor").path("id").asText()).isEqualTo(keyId);
    assertThat(history.get(4).path("payload").path("toStatus").asText()).isEqualTo("COMPLETED");
    assertThat(history.get(6).path("payload").path("toStatus").asText()).isEqualTo("FAILED");
    assertThat(history.get(6).path("payload").path("hardOverride").asBoolean()).isTrue();
    assertThat(history.get(8).path("payload").path("followUpActivityId").asText())
        .isEqualTo(followUpId);
    // The follow-up is created in the key's name too.
    JsonNode followUpHistory =
        world.admin().get("/api/activities/" + followUpId + "/history").json();
    assertThat(followUpHistory.get(0).path("actor").path("type").asText()).isEqualTo("API_KEY");
    assertThat(followUpHistory.get(0).path("actor").path("id").asText()).isEqualTo(keyId);
  }

  @Test
  void theSameResultSubmittedTwiceAtOnceIsRecordedOnce() throws Exception {
    String task = world.task("race-1");
    world.dispatch(events, task, "race-p");
    var body = byProviderId("race-p", "EFFECTIVE", "SALE_COMPLETED");
    var pool = Executors.newFixedThreadPool(2);
    var start = new CountDownLatch(1);
    List<ApiResponse> responses = new ArrayList<>();
    try {
      var calls =
          IntStream.range(0, 2)
              .mapToObj(
                  i ->
                      (Callable<ApiResponse>)
                          () -> {
                            start.await();
                            return integrator.post(SUBMIT, body);
                          })
              .map(pool::submit)
              .toList();
      start.countDown();
      for (var call : calls) {
        responses.add(call.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(responses).extracting(ApiResponse::status).containsExactlyInAnyOrder(201, 409);
    // One node: the activity's lock orders them, and the second finds the first's final result.
    responses.stream()
        .filter(r -> r.status() == 409)
        .forEach(
            r ->
                assertThat(r.assertError(409, "Conflict").json().path("message").asText())
                    .contains("already has a final result"));
    assertThat(world.admin().get("/api/activities/" + task + "/results").json()).hasSize(1);
    assertThat(status(task)).isEqualTo("COMPLETED");
  }

  @Test
  void theIntegrationRouteTakesOnlyItsVocabularyAndOnlyKeys() {
    String task = world.task("t-1");
    var core = byActivityId(task, "COMPLETED", "SALE_COMPLETED");
    ApiResponse wrong = integrator.post(SUBMIT, core);
    wrong.assertError(400, "Bad Request");
    assertThat(wrong.json().path("message").asText()).contains("EFFECTIVE");

    world
        .admin()
        .post(SUBMIT, byActivityId(task, "EFFECTIVE", "SALE_COMPLETED"))
        .assertError(401, "Unauthorized");
    world.admin().get(TASKS).assertError(401, "Unauthorized");
    world
        .key("VIEW_ACTIVITIES")
        .post(SUBMIT, byActivityId(task, "EFFECTIVE", "SALE_COMPLETED"))
        .assertError(403, "Forbidden");
    world.key("SUBMIT_ACTIVITY_RESULT").get(TASKS).assertError(403, "Forbidden");
    // A READY task worked without dispatch takes a result here too, named by Reten's id.
    ApiResponse ready = integrator.post(SUBMIT, byActivityId(task, "NOT_EFFECTIVE", "NO_CONTACT"));
    assertThat(ready.status()).as("%s", ready).isEqualTo(201);
    assertThat(status(task)).isEqualTo("FAILED");
    integrator
        .post(SUBMIT, byActivityId(task, "PENDING", "NO_CONTACT"))
        .assertError(409, "Conflict");
  }

  @Test
  void theTaskListFiltersInTheIntegrationVocabulary() {
    String ready = world.task("t-ready", "SALESMAN", "2026-12-01T10:00:00Z");
    String dispatched = world.task("t-dispatched", "CALLCENTER", "2026-12-02T10:00:00Z");
    String canceled = world.task("t-canceled", "SALESMAN", "2026-12-03T10:00:00Z");
    String done = world.task("t-done", "SALESMAN", "2026-12-04T10:00:00Z");
    world.dispatch(events, dispatched, "p-2");
    world.admin().patch("/api/activities/" + canceled + "/cancel", Map.of());
    assertThat(integrator.post(SUBMIT, byActivityId(done, "EFFECTIVE", "SALE_COMPLETED")).status())
        .isEqualTo(201);
    assertThat(integrator.post(SUBMIT, byActivityId(ready, "PENDING", "NO_CONTACT")).status())
        .isEqualTo(201);
    var message = new HashMap<String, Object>();
    message.put("reason", "Hi");
    message.put("channel", "SMS");
    message.put("commerce_id", world.commerceId());
    message.put("idempotency_key", "m-1");
    message.put("scheduled_at", "2026-12-05T10:00:00Z");
    TaskWorld.created(world.admin().post("/api/activities/messages", message));

    JsonNode all = integrator.get(TASKS + "?per_page=3").json();
    assertThat(all.path("meta").path("total").asInt()).isEqualTo(4);
    assertThat(all.path("meta").path("limit").asInt()).isEqualTo(3);
    assertThat(topIds(all.path("data"))).containsExactly(done, canceled, dispatched);
    assertThat(top(all.path("data"), "status"))
        .containsExactly("COMPLETED", "CANCELLED", "IN_PROGRESS");
    assertThat(ids("page=2&limit=3")).containsExactly(ready);
    assertThat(ids("status=PENDING")).containsExactly(ready);
    assertThat(ids("status=IN_PROGRESS")).containsExactly(dispatched);
    assertThat(ids("status=COMPLETED")).containsExactly(done);
    assertThat(ids("status=CANCELLED")).containsExactly(canceled);
    assertThat(ids("status=canceled")).containsExactly(canceled);
    assertThat(ids("result_status=EFFECTIVE")).containsExactly(done);
    assertThat(ids("result_status=PENDING")).containsExactly(ready);
    assertThat(ids("result_status=NOT_EFFECTIVE")).isEmpty();
    assertThat(ids("channel=CALLCENTER")).containsExactly(dispatched);
    assertThat(ids("external_commerce_id=C-1")).hasSize(4);
    assertThat(ids("external_commerce_id=C-2")).isEmpty();
    assertThat(ids("external_operator_id=OP-1")).hasSize(4);
    assertThat(ids("external_operator_id=OP-2")).isEmpty();
    assertThat(ids("scheduled_from=2026-12-02T10:00:00Z&scheduled_to=2026-12-03T10:00:00Z"))
        .containsExactly(canceled, dispatched);
    integrator.get(TASKS + "?status=LATE").assertError(400, "Bad Request");
    integrator.get(TASKS + "?result_status=COMPLETED").assertError(400, "Bad Request");
    integrator.get(TASKS + "?channel=FAX").assertError(400, "Bad Request");
    integrator.get(TASKS + "?limit=101").assertError(400, "Bad Request");
    ApiClient stranger = TaskWorld.create(api, asRoot()).key("VIEW_ACTIVITIES");
    assertThat(stranger.get(TASKS).json().path("meta").path("total").asInt()).isZero();
  }

  private List<String> ids(String query) {
    return topIds(integrator.get(TASKS + "?" + query).json().path("data"));
  }

  /** Each task's own id (findValuesAsText would add the nested result's). */
  private static List<String> topIds(JsonNode tasks) {
    return top(tasks, "id");
  }

  private static List<String> top(JsonNode tasks, String field) {
    List<String> values = new ArrayList<>();
    tasks.forEach(task -> values.add(task.path(field).asText()));
    return values;
  }

  private String status(String activityId) {
    return world.admin().get("/api/activities/" + activityId).json().path("status").asText();
  }

  /** An integration body in the flat camelCase shape, naming the task by the provider's id. */
  private static Map<String, Object> byProviderId(String providerId, String status, String code) {
    Map<String, Object> body = new HashMap<>();
    body.put("providerActivityId", providerId);
    body.put("commerceExternalId", "C-1");
    body.put("occurredAt", "2026-11-20T15:30:00Z");
    body.put("status", status);
    body.put("resultTypeCode", code);
    body.put("contactDirection", "OUTBOUND");
    body.put("externalStatus", "yom:" + status.toLowerCase());
    return body;
  }

  /** An integration body in the nested snake_case shape, naming the task by Reten's id. */
  private static Map<String, Object> byActivityId(String activityId, String status, String code) {
    Map<String, Object> body = new HashMap<>();
    body.put("activity_id", activityId);
    body.put("commerce_external_id", "C-1");
    body.put("occurred_at", "2026-11-20T15:30:00Z");
    body.put("status", status);
    body.put("task_result", Map.of("result", code, "contact_type", "INBOUND"));
    return body;
  }
}
