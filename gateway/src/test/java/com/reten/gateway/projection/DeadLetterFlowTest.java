package com.reten.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TaskWorld;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * An event a projection cannot store parks its own aggregate only: every other aggregate and tenant
 * keeps flowing, the operator sees the letter, and it drains once the cause is fixed and retried.
 * The "bug" is a CHECK constraint on the operator read model that refuses one name, standing in for
 * any value the database refuses; a replay copies it into the rebuilt tables too. (The activity
 * read model is written inline, with the command: there a refused row fails the write instead, see
 * ActivityFlowTest.)
 */
@AutoConfigureObservability(tracing = false) // metrics are exported only where a test asks
class DeadLetterFlowTest extends IntegrationTest {

  private static final String PROJECTIONS = "/api/admin/projections";
  private static final String LETTERS = PROJECTIONS + "/operators/dead-letters";

  @LocalManagementPort private int managementPort;
  @Autowired private EventProcessingConfiguration processing;

  private ApiClient root;
  private TaskWorld tenantA;
  private TaskWorld tenantB;

  @BeforeEach
  void twoTenantsAndABrokenReadModel() {
    root = asRoot();
    tenantA = TaskWorld.create(api, root);
    tenantB = TaskWorld.create(api, root);
    jdbc.execute(
        "ALTER TABLE rm_operator ADD CONSTRAINT test_refuses_poison CHECK (name <> 'poison')"
            + " NOT VALID");
  }

  @AfterEach
  void fixTheCause() {
    jdbc.execute("ALTER TABLE rm_operator DROP CONSTRAINT IF EXISTS test_refuses_poison");
    jdbc.execute("ALTER TABLE rm_event_log DROP CONSTRAINT IF EXISTS test_log_refuses_poison");
    jdbc.update("DELETE FROM " + DeadLetterReads.TABLE);
  }

  @Test
  void anEventNoHandlerCanStoreParksOnlyItsAggregateUntilRetried() throws Exception {
    String poisoned = poisonedOperator();
    tenantA.admin().patch("/api/operators/" + poisoned, Map.of("phone", "+56911111111"));

    // Everything else flows at the usual lag: the creator reads its write at once.
    ApiResponse otherOfA = operator(tenantA, "after the poison");
    ApiResponse ofB = operator(tenantB, "other tenant");
    assertThat(otherOfA.status()).as("%s", otherOfA).isEqualTo(201);
    assertThat(ofB.status()).as("%s", ofB).isEqualTo(201);
    assertThat(tenantA.admin().get("/api/operators/" + poisoned).status()).isEqualTo(404);

    // The creation and the change: the first refused, the other held back behind it.
    int events = eventsOf(poisoned);
    JsonNode letters = awaitLetters(events).path("data");
    JsonNode first = letters.get(0);
    JsonNode last = letters.get(events - 1);
    assertThat(first.path("sequence").asText()).isEqualTo(poisoned);
    assertThat(first.path("eventType").asText()).isEqualTo("OperatorCreatedEvent");
    assertThat(first.path("tenantId").asText()).isEqualTo(tenantA.tenantId().toString());
    assertThat(first.path("position").asLong()).isPositive();
    assertThat(first.path("cause").asText()).contains("SQLSTATE 23514");
    assertThat(last.path("eventType").asText()).isEqualTo("OperatorUpdatedEvent");
    for (int i = 1; i < events; i++) {
      assertThat(letters.get(i).path("cause").isNull())
          .as("held back: %s", letters.get(i))
          .isTrue();
      assertThat(letters.get(i).path("index").asLong())
          .isGreaterThan(letters.get(i - 1).path("index").asLong());
    }
    assertThat(letters.toString()).doesNotContain("poison").doesNotContainIgnoringCase("insert");

    JsonNode operators = root.get(PROJECTIONS + "/operators").json();
    assertThat(operators.path("status").asText()).isEqualTo("RUNNING");
    assertThat(operators.path("deadLetters").asLong()).isEqualTo(events);
    assertThat(api.get("/api/health").status()).isEqualTo(200);
    assertThat(api.get("/api/health").json().path("status").asText()).isEqualTo("DEGRADED");
    assertThat(prometheus())
        .contains("reten_projection_dead_letters{processor=\"operators\"} " + events + ".0")
        .contains("reten_projection_dead_letters{processor=\"commerces\"} 0.0");

    ApiResponse stillFailing = root.post(LETTERS + "/" + poisoned + "/retry", Map.of());
    assertThat(stillFailing.status()).as("%s", stillFailing).isEqualTo(200);
    assertThat(stillFailing.json().path("stillFailing").asInt()).isEqualTo(1);
    assertThat(stillFailing.json().path("remaining").asLong()).isEqualTo(events);
    assertThat(root.get(LETTERS).json().path("data").get(0).path("retries").asInt()).isEqualTo(1);

    jdbc.execute("ALTER TABLE rm_operator DROP CONSTRAINT test_refuses_poison");
    ApiResponse applied = root.post(LETTERS + "/retry", Map.of());

    assertThat(applied.json().path("applied").asInt()).as("%s", applied).isEqualTo(1);
    assertThat(applied.json().path("remaining").asLong()).isZero();
    JsonNode drained = tenantA.admin().get("/api/operators/" + poisoned).json();
    assertThat(drained.path("phone").asText()).isEqualTo("+56911111111");
    assertThat(root.get(LETTERS).json().path("meta").path("total").asLong()).isZero();
    assertThat(api.get("/api/health").json().path("status").asText()).isEqualTo("UP");
  }

  /**
   * The event log writes a batch's rows together as the batch commits, so its failure is the
   * commit's, not a handler's: isolation still finds the one event and parks its aggregate only.
   */
  @Test
  void anEventTheEventLogCannotStoreParksOnlyItsAggregateThere() {
    jdbc.execute(
        "ALTER TABLE rm_event_log ADD CONSTRAINT test_log_refuses_poison"
            + " CHECK (payload::text NOT LIKE '%log-poison%') NOT VALID");
    String poisoned = tenantA.task("log-poison");
    String flowing = tenantA.task("flows");
    String eventLetters = PROJECTIONS + "/event-log/dead-letters";
    int events = eventsOf(poisoned);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> root.get(eventLetters).json().path("meta").path("total").asInt() == events);
    assertThat(streamOf(poisoned)).isEmpty();
    assertThat(streamOf(flowing)).hasSize(eventsOf(flowing));

    jdbc.execute("ALTER TABLE rm_event_log DROP CONSTRAINT test_log_refuses_poison");
    ApiResponse applied = root.post(eventLetters + "/retry", Map.of());

    assertThat(applied.json().path("remaining").asLong()).as("%s", applied).isZero();
    assertThat(streamOf(poisoned)).hasSize(events);
  }

  private List<JsonNode> streamOf(String aggregateId) {
    List<JsonNode> events = new ArrayList<>();
    tenantA
        .admin()
        .get("/api/events?limit=1000&aggregate_id=" + aggregateId)
        .json()
        .path("data")
        .forEach(events::add);
    return events;
  }

  @Test
  void anEvictedSequenceLeavesTheQueueAndTheRestFlows() {
    String poisoned = poisonedOperator();
    awaitLetters(eventsOf(poisoned));

    ApiResponse evicted = api.raw("DELETE", LETTERS + "/" + poisoned, null, null);
    assertThat(evicted.status()).isEqualTo(401);
    assertThat(root.send("DELETE", LETTERS + "/" + poisoned, null).status()).isEqualTo(204);

    assertThat(root.get(LETTERS).json().path("meta").path("total").asLong()).isZero();
    root.send("DELETE", LETTERS + "/" + poisoned, null).assertError(404, "Not Found");
    assertThat(operator(tenantB, "flows").status()).isEqualTo(201);
    assertThat(api.get("/api/health").json().path("status").asText()).isEqualTo("UP");
  }

  @Test
  void aReplayThatCannotApplyAnEventFailsWithoutSqlAndASuccessfulOneSpendsTheLetters() {
    String poisoned = poisonedOperator();
    awaitLetters(eventsOf(poisoned));

    root.post(PROJECTIONS + "/operators/replay", Map.of());
    JsonNode failed = awaitReplayEnded();
    assertThat(failed.path("replay").path("status").asText()).isEqualTo("FAILED");
    assertThat(failed.path("replay").path("error").asText())
        .contains("could not apply")
        .doesNotContainIgnoringCase("insert")
        .doesNotContainIgnoringCase("sql")
        .doesNotContain("poison");
    assertThat(failed.path("deadLetters").asLong()).isEqualTo(eventsOf(poisoned));

    jdbc.execute("ALTER TABLE rm_operator DROP CONSTRAINT test_refuses_poison");
    root.post(PROJECTIONS + "/operators/replay", Map.of());
    JsonNode succeeded = awaitReplayEnded();

    assertThat(succeeded.path("replay").path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(succeeded.path("deadLetters").asLong()).isZero();
    assertThat(tenantA.admin().get("/api/operators/" + poisoned).status()).isEqualTo(200);
  }

  @Test
  void onlyTheSuperAdminHandlesDeadLetters() {
    tenantA.admin().get(LETTERS).assertError(403, "Forbidden");
    tenantA.admin().post(LETTERS + "/retry", Map.of()).assertError(403, "Forbidden");
    tenantA.key("VIEW_ACTIVITIES").get(LETTERS).assertError(403, "Forbidden");
    api.get(LETTERS).assertError(401, "Unauthorized");
    root.get(PROJECTIONS + "/nothing/dead-letters").assertError(404, "Not Found");
    root.post(LETTERS + "/unknown-sequence/retry", Map.of()).assertError(404, "Not Found");
    // A processor without a queue parks nothing.
    assertThat(root.get(PROJECTIONS + "/api-keys/dead-letters").json().path("data")).isEmpty();
  }

  @Test
  void everyTrackingProcessorParksWhatItCannotApplyButThoseThatMustHalt() {
    var withoutQueue =
        processing.eventProcessors().entrySet().stream()
            .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
            .map(Map.Entry::getKey)
            .filter(name -> processing.deadLetterQueue(name).isEmpty())
            .toList();

    // kafka-publisher (absent here: Kafka is off) halts on a broker outage by design; so does
    // the probe of ProjectionFailureTest, which tests halting.
    assertThat(withoutQueue).containsExactly("failure-probe");
  }

  /**
   * An operator the read model refuses. Its create answers 404, as a create does whose read model
   * has not got it; the id is the one its events were stored under.
   */
  private String poisonedOperator() {
    operator(tenantA, "poison");
    return jdbc.queryForObject(
        "SELECT aggregate_identifier FROM domain_event_entry"
            + " WHERE payload_type LIKE '%OperatorCreatedEvent'"
            + " AND convert_from(payload, 'UTF8') LIKE '%\"name\":\"poison\"%'"
            + " ORDER BY global_index DESC LIMIT 1",
        String.class);
  }

  private static ApiResponse operator(TaskWorld world, String name) {
    return world.admin().post("/api/operators", Map.of("type", "SALESMAN", "name", name));
  }

  private int eventsOf(String aggregateId) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
        Integer.class,
        aggregateId);
  }

  private JsonNode awaitLetters(int count) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> root.get(LETTERS).json().path("meta").path("total").asInt() == count);
    return root.get(LETTERS).json();
  }

  private JsonNode awaitReplayEnded() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              JsonNode replay = root.get(PROJECTIONS + "/operators").json().path("replay");
              return replay.path("finishedAt").isTextual();
            });
    return root.get(PROJECTIONS + "/operators").json();
  }

  private String prometheus() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
