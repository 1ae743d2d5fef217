package com.reten.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TaskWorld;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Blue/green replays over real HTTP: every read model rebuilt from the event store answers every
 * query exactly as before, clients listing during a replay never see a difference, and writes
 * during a replay are served at once and survive the switch.
 */
class ProjectionReplayFlowTest extends IntegrationTest {

  private static final String PROJECTIONS = "/api/admin/projections";

  private ApiClient root;
  private TaskWorld world;
  private ApiClient admin;
  private ApiClient integration;

  @BeforeEach
  void aTenantWithActivities() {
    root = asRoot();
    world = TaskWorld.create(api, root);
    admin = world.admin();
    integration = world.key("VIEW_ACTIVITIES");
  }

  @Test
  void everyReadModelTableIsOwnedByExactlyOneProcessor() {
    List<String> owned = new ArrayList<>(List.of("rm_event_log", "rm_api_key"));
    ReadModels.REPLAYABLE.forEach(model -> owned.addAll(model.tables()));

    List<String> tables =
        jdbc.queryForList(
            "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'public' AND table_name LIKE 'rm\\_%'",
            String.class);

    assertThat(owned).doesNotHaveDuplicates();
    assertThat(tables).containsExactlyInAnyOrderElementsOf(owned);
  }

  @Test
  void replayingEveryProjectionLeavesEveryQueryResultIdentical() {
    String done = world.task("replay-1");
    String canceled = world.task("replay-2");
    world.task("replay-3");
    assertThat(admin.post("/api/activity-results/tasks", result(done)).status()).isEqualTo(201);
    assertThat(admin.patch("/api/activities/" + canceled + "/cancel", Map.of()).status())
        .isEqualTo(200);
    configure();
    Map<String, JsonNode> before = snapshot(done, canceled);

    for (ReadModel model : ReadModels.REPLAYABLE) {
      assertThat(wipeTenantRows(model)).as("rows of %s wiped", model).isPositive();
      replay(model.processor());
    }

    assertThat(snapshot(done, canceled)).containsExactlyInAnyOrderEntriesOf(before);
    assertThat(jdbc.queryForList("SELECT processor_name FROM token_entry", String.class))
        .noneMatch(name -> name.endsWith("@replay"));
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.schemata"
                    + " WHERE schema_name LIKE 'replay\\_%'",
                Integer.class))
        .isZero();
  }

  @Test
  void clientsListingDuringAReplaySeeIdenticalPagesThroughout() throws Exception {
    for (int i = 0; i < 25; i++) {
      world.task("listed-" + i);
    }
    String page = "/api/activities?limit=20&page=2";
    JsonNode expected = admin.get(page).json();
    assertThat(expected.path("meta").path("total").asInt()).isEqualTo(25);
    var reads = new AtomicInteger();
    var differences = new CopyOnWriteArrayList<String>();
    var stop = new AtomicBoolean();
    Thread reader =
        new Thread(
            () -> {
              while (!stop.get()) {
                ApiResponse response = admin.get(page);
                if (response.status() != 200 || !expected.equals(response.json())) {
                  differences.add(response.toString());
                }
                reads.incrementAndGet();
              }
            });
    reader.start();

    try (Connection lock = holdCommerceTable()) {
      accepted(root.post(PROJECTIONS + "/activities/replay", Map.of()));
      int before = reads.get();
      await().atMost(Duration.ofSeconds(10)).until(() -> reads.get() >= before + 20);
      JsonNode status = root.get(PROJECTIONS + "/activities").json();
      assertThat(status.path("status").asText()).isEqualTo("REPLAYING");
      assertThat(status.path("replay").path("status").asText()).isEqualTo("REBUILDING");
      root.post(PROJECTIONS + "/activities/replay", Map.of()).assertError(409, "Conflict");
      lock.rollback();
    }
    awaitSucceeded("activities");
    int after = reads.get();
    await().atMost(Duration.ofSeconds(10)).until(() -> reads.get() >= after + 10);
    stop.set(true);
    reader.join();

    assertThat(differences).isEmpty();
    assertThat(admin.get(page).json()).isEqualTo(expected);
  }

  @Test
  void writesDuringAReplayAreServedAtOnceAndSurviveTheSwitch() throws Exception {
    String kept = world.task("kept");
    String canceled = world.task("canceled-during-replay");

    try (Connection lock = holdCommerceTable()) {
      accepted(root.post(PROJECTIONS + "/activities/replay", Map.of()));
      ApiResponse cancel = admin.patch("/api/activities/" + canceled + "/cancel", Map.of());
      assertThat(cancel.status()).as("%s", cancel).isEqualTo(200);
      assertThat(cancel.json().path("status").asText()).isEqualTo("CANCELED");
      assertThat(root.get(PROJECTIONS + "/activities").json().path("status").asText())
          .isEqualTo("REPLAYING");
      lock.rollback();
    }
    Map<String, JsonNode> during = snapshot(kept, canceled);
    awaitSucceeded("activities");

    assertThat(admin.get("/api/activities/" + canceled).json().path("status").asText())
        .isEqualTo("CANCELED");
    assertThat(snapshot(kept, canceled)).containsExactlyInAnyOrderEntriesOf(during);
  }

  /**
   * The activity read model is written inline, so its switch-over holds writes back instead of
   * pausing a processor: a create arriving meanwhile waits for the switch, then lands in the
   * rebuilt rows. The test holds the switch itself with a lock on one of the model's tables.
   */
  @Test
  void anInlineWriteDuringTheSwitchOverWaitsForItAndLandsInTheNewRows() throws Exception {
    world.task("before-the-switch");
    Connection lock = jdbc.getDataSource().getConnection();
    lock.setAutoCommit(false);
    CompletableFuture<ApiResponse> created;
    try {
      try (var statement = lock.createStatement()) {
        statement.execute("LOCK TABLE rm_activity_result IN SHARE MODE");
      }
      accepted(root.post(PROJECTIONS + "/activities/replay", Map.of()));
      await().atMost(Duration.ofSeconds(20)).until(() -> pauses("ExclusiveLock", true) == 1);

      created =
          CompletableFuture.supplyAsync(
              () -> admin.post("/api/activities/tasks", world.taskBody("during-the-switch")));
      await().atMost(Duration.ofSeconds(10)).until(() -> pauses("ShareLock", false) == 1);
      assertThat(created).isNotDone();
      assertThat(
              root.get(PROJECTIONS + "/activities").json().path("replay").path("status").asText())
          .isEqualTo("SWITCHING");
    } finally {
      lock.rollback();
      lock.close();
    }

    String id = TaskWorld.created(created.get(20, TimeUnit.SECONDS));
    awaitSucceeded("activities");
    assertThat(admin.get("/api/activities/" + id).status()).isEqualTo(200);
    assertThat(pauses("ExclusiveLock", true)).isZero();
    assertThat(advisoryLocks(ProjectionReplays.REPLAY_CLAIMS, "ExclusiveLock", true)).isZero();
  }

  /**
   * Another instance replaying a model holds its claim: this one refuses to start a second replay
   * (it would share the shadow schema and the rebuild's token), and does once the claim is gone.
   */
  @Test
  void aModelReplayingOnAnotherInstanceIsNotReplayedHereToo() throws Exception {
    int key = ReadModels.replayable("activities").orElseThrow().lockKey();
    try (Connection other = jdbc.getDataSource().getConnection()) {
      advisory(other, "pg_advisory_lock", key);
      try {
        ApiResponse refused = root.post(PROJECTIONS + "/activities/replay", Map.of());
        refused.assertError(409, "Conflict");
        assertThat(refused.json().path("message").asText()).contains("another instance");
      } finally {
        // A pooled connection's session outlives close(): the lock must be released by hand.
        advisory(other, "pg_advisory_unlock", key);
      }
    }

    replay("activities");
  }

  private static void advisory(Connection connection, String function, int key) throws Exception {
    try (var statement = connection.prepareStatement("SELECT " + function + "(?, ?)")) {
      statement.setInt(1, ProjectionReplays.REPLAY_CLAIMS);
      statement.setInt(2, key);
      statement.execute();
    }
  }

  private int pauses(String mode, boolean granted) {
    return advisoryLocks(InlineWrites.NAMESPACE, mode, granted);
  }

  private int advisoryLocks(int namespace, String mode, boolean granted) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = ?"
            + " AND mode = ? AND granted = ?",
        Integer.class,
        (long) namespace,
        mode,
        granted);
  }

  @Test
  void onlyTheSuperAdminSeesOrReplaysProjections() {
    admin.get(PROJECTIONS).assertError(403, "Forbidden");
    admin.post(PROJECTIONS + "/activities/replay", Map.of()).assertError(403, "Forbidden");
    world.key("VIEW_ACTIVITIES").get(PROJECTIONS).assertError(403, "Forbidden");
    api.get(PROJECTIONS).assertError(401, "Unauthorized");
  }

  @Test
  void everyProcessorIsListedWithItsPositionLagAndWhetherItCanBeReplayed() {
    JsonNode list = root.get(PROJECTIONS).json();
    Map<String, JsonNode> byName = new HashMap<>();
    list.forEach(entry -> byName.put(entry.path("name").asText(), entry));

    Set<String> replayable = new TreeSet<>();
    ReadModels.REPLAYABLE.forEach(model -> replayable.add(model.processor()));
    assertThat(byName.keySet()).containsAll(replayable).contains("event-log", "api-keys");
    JsonNode operators = byName.get("operators");
    assertThat(operators.path("mode").asText()).isEqualTo("TRACKING");
    assertThat(operators.path("status").asText()).isEqualTo("RUNNING");
    assertThat(operators.path("replayable").asBoolean()).isTrue();
    assertThat(operators.path("position").asLong()).isPositive();
    assertThat(operators.path("lag").asLong()).isZero();
    // Written inline, in the transaction that stores the events: always at the head.
    JsonNode activities = byName.get("activities");
    assertThat(activities.path("mode").asText()).isEqualTo("SUBSCRIBING");
    assertThat(activities.path("status").asText()).isEqualTo("RUNNING");
    assertThat(activities.path("replayable").asBoolean()).isTrue();
    assertThat(activities.path("lag").asLong()).isZero();
    JsonNode apiKeys = byName.get("api-keys");
    assertThat(apiKeys.path("mode").asText()).isEqualTo("SUBSCRIBING");
    assertThat(apiKeys.path("replayable").asBoolean()).isFalse();
    assertThat(byName.get("event-log").path("notReplayableReason").asText()).contains("cursor");
  }

  @Test
  void unknownAndUnreplayableProcessorsAreRefusedWithoutEffect() {
    root.post(PROJECTIONS + "/nothing/replay", Map.of()).assertError(404, "Not Found");
    root.get(PROJECTIONS + "/nothing").assertError(404, "Not Found");
    ApiResponse eventLog = root.post(PROJECTIONS + "/event-log/replay", Map.of());
    eventLog.assertError(409, "Conflict");
    assertThat(eventLog.json().path("message").asText()).contains("cursor");
    root.post(PROJECTIONS + "/api-keys/replay", Map.of()).assertError(409, "Conflict");
    root.post(PROJECTIONS + "/activity-follow-ups/replay", Map.of()).assertError(409, "Conflict");

    assertThat(root.get(PROJECTIONS + "/event-log").json().path("replay").isNull()).isTrue();
  }

  private void replay(String name) {
    accepted(root.post(PROJECTIONS + "/" + name + "/replay", Map.of()));
    awaitSucceeded(name);
  }

  private static void accepted(ApiResponse response) {
    assertThat(response.status()).as("%s", response).isEqualTo(202);
    assertThat(response.header("Location"))
        .isEqualTo(PROJECTIONS + "/" + response.json().path("name").asText());
  }

  private void awaitSucceeded(String name) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              JsonNode status = root.get(PROJECTIONS + "/" + name).json();
              return status.path("status").asText().equals("RUNNING")
                  && !status.path("replay").path("status").asText().equals("REBUILDING")
                  && !status.path("replay").path("status").asText().equals("SWITCHING");
            });
    JsonNode status = root.get(PROJECTIONS + "/" + name).json();
    assertThat(status.path("replay").path("status").asText())
        .as("replay of %s: %s", name, status)
        .isEqualTo("SUCCEEDED");
    assertThat(status.path("replay").path("eventsPerSecond").asDouble()).isPositive();
  }

  /**
   * Damages the live read model so that only a real rebuild can restore the answers: deletes the
   * tenant's rows (all rows of the global provider catalog; no user rows, which authenticate every
   * request).
   */
  private int wipeTenantRows(ReadModel model) {
    int deleted = 0;
    for (int i = model.tables().size() - 1; i >= 0; i--) {
      String table = model.tables().get(i);
      List<String> columns =
          jdbc.queryForList(
              "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
              String.class,
              table);
      if (columns.contains("tenant_id")) {
        deleted += jdbc.update("DELETE FROM " + table + " WHERE tenant_id = ?", world.tenantId());
      } else if (table.equals("rm_tenant")) {
        deleted += jdbc.update("DELETE FROM rm_tenant WHERE id = ?", world.tenantId());
      } else if (!table.equals("rm_user")) {
        deleted += jdbc.update("DELETE FROM " + table);
      }
    }
    return deleted;
  }

  /**
   * Holds the commerce read model's table exclusively: rebuilding activities reads it at each
   * creation, so the rebuild waits here until the lock is released.
   */
  private Connection holdCommerceTable() throws Exception {
    Connection connection = jdbc.getDataSource().getConnection();
    connection.setAutoCommit(false);
    try (var statement = connection.createStatement()) {
      statement.execute("LOCK TABLE rm_commerce IN ACCESS EXCLUSIVE MODE");
    }
    return connection;
  }

  private void configure() {
    String key = AttributeKeys.byKey(AttributeKeys.COMMERCE_INFO).get().id().toString();
    ApiResponse policy =
        admin.post(
            "/api/activity-config/attribute-policies",
            Map.of(
                "attribute_key_id",
                key,
                "strategy",
                "ON_DISPATCH",
                "resolver_type",
                "CLIENT_HOOK"));
    assertThat(policy.status()).as("%s", policy).isEqualTo(200);
    ApiResponse resolution =
        admin.post(
            "/api/activity-config/target-resolution", Map.of("resolution_strategy", "ON_DISPATCH"));
    assertThat(resolution.status()).as("%s", resolution).isEqualTo(201);
    String mock = null;
    for (JsonNode provider : admin.get("/api/dispatch-providers").json()) {
      if (provider.path("code").asText().equals("MOCK")) {
        mock = provider.path("id").asText();
      }
    }
    ApiResponse config =
        admin.post(
            "/api/dispatch-configs", Map.of("dispatch_provider_id", mock, "channel", "SALESMAN"));
    assertThat(config.status()).as("%s", config).isEqualTo(201);
  }

  private Map<String, JsonNode> snapshot(String... activityIds) {
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    answers.put("tenants", root.get("/api/tenant").json());
    Stream.of(
            "/api/user/tenant-users",
            "/api/commerces",
            "/api/commerces/" + world.commerceId(),
            "/api/operators",
            "/api/operators/" + world.operatorId(),
            "/api/routes",
            "/api/routes/" + world.routeId(),
            "/api/activities",
            "/api/activity-results",
            "/api/activity-config/attribute-policies",
            "/api/activity-config/target-resolution",
            "/api/activity-config/task-result-types",
            "/api/dispatch-providers",
            "/api/dispatch-configs")
        .forEach(path -> answers.put(path, read(admin, path)));
    Stream.of("/api/integration/activities/tasks", "/api/integration/task-result-type-configs")
        .forEach(path -> answers.put(path, read(integration, path)));
    for (String id : activityIds) {
      for (String part :
          List.of("", "/target-users", "/attributes", "/status-events", "/results")) {
        String path = "/api/activities/" + id + part;
        answers.put(path, read(admin, path));
      }
    }
    return answers;
  }

  private static JsonNode read(ApiClient client, String path) {
    ApiResponse response = client.get(path);
    assertThat(response.status()).as("%s: %s", path, response).isEqualTo(200);
    return response.json();
  }

  private static Map<String, Object> result(String activityId) {
    Map<String, Object> body = new HashMap<>();
    body.put("activity_id", activityId);
    body.put("commerce_external_id", "C-1");
    body.put("occurred_at", "2026-11-29T10:00:00Z");
    body.put("status", "COMPLETED");
    body.put("task_result", Map.of("result", "SALE_COMPLETED", "operator_external_id", "OP-1"));
    return body;
  }
}
