package com.reten.gateway.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.Tenants;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/operators/sync: upsert by (type, external_id), all or nothing. */
class OperatorSyncFlowTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiClient admin;

  @BeforeEach
  void tenant() {
    ApiClient root = asRoot();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String tenant = Tenants.create(root, "sync-" + run, "admin@sync-" + run + ".test");
    admin = api.signIn("admin@sync-" + run + ".test", Tenants.ADMIN_PASSWORD).inTenant(tenant);
  }

  @Test
  void newKeysAreCreatedAndKnownKeysUpdated() {
    ApiResponse first =
        sync(
            item("E-1", "SALESMAN", "Ana Diaz", "ana@acme.test", Map.of("zone", "n")),
            item("E-1", "ACTIVATOR", "Bob Stone", null, null));

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(first.json().toString()).isEqualTo("{\"created\":2,\"updated\":0,\"total\":2}");
    assertThat(first.header("Location")).isNull();

    Map<String, Object> rename = item("E-1", "salesman", "Ana Ruiz", null, Map.of("tier", 1));
    ApiResponse second = sync(rename, item("E-3", "CALLCENTER", "Cris", null, null));

    assertThat(second.json().toString()).isEqualTo("{\"created\":1,\"updated\":1,\"total\":2}");
    JsonNode list = admin.get("/api/operators?type=SALESMAN").json();
    assertThat(list.path("meta").path("total").asInt()).isEqualTo(1);
    JsonNode ana = list.path("data").get(0);
    assertThat(ana.path("name").asText()).isEqualTo("Ana Ruiz");
    assertThat(ana.path("email").asText()).isEqualTo("ana@acme.test");
    assertThat(ana.path("metadata")).isEqualTo(JSON.valueToTree(Map.of("zone", "n", "tier", 1)));
    assertThat(admin.get("/api/operators").json().path("meta").path("total").asInt()).isEqualTo(3);
  }

  @Test
  void anInvalidItemIsA400NamingItsIndexAndChangesNothing() {
    sync(item("E-1", "SALESMAN", "Ana", "ana@acme.test", null));
    long events = eventCount();

    ApiResponse refused =
        sync(
            item("E-1", "SALESMAN", "Ana Renamed", null, null),
            item("E-2", "SALESMAN", "Bob", null, null),
            item("E-3", "SALESMAN", "Cris", null, null),
            item("E-4", "SALESMAN", "Dan", "not-an-email", null));

    refused.assertError(400, "Bad Request");
    assertThat(refused.json().path("message").asText())
        .isEqualTo("items[3].email: must be a well-formed email address");
    assertThat(refused.json().path("details").toString())
        .isEqualTo(
            "[{\"field\":\"items[3].email\",\"message\":\"must be a well-formed email address\"}]");
    assertThat(eventCount()).isEqualTo(events);
    assertThat(admin.get("/api/operators").json().path("data").get(0).path("name").asText())
        .isEqualTo("Ana");
  }

  @Test
  void aConflictInTheLastItemRollsBackEveryItemBeforeIt() {
    admin.post(
        "/api/operators", Map.of("type", "SALESMAN", "name", "Owner", "email", "own@acme.test"));
    long events = eventCount();
    var first = item("E-1", "SALESMAN", "Ana", "ana@acme.test", null);
    var second = item("E-2", "SALESMAN", "Bob", null, null);

    ApiResponse refused =
        sync(first, second, item("E-3", "SALESMAN", "Cris", "OWN@acme.test", null));

    refused.assertError(409, "Conflict");
    assertThat(refused.json().path("message").asText())
        .isEqualTo("items[2]: An operator with email 'own@acme.test' already exists");
    assertThat(eventCount()).isEqualTo(events);
    assertThat(admin.get("/api/operators").json().path("meta").path("total").asInt()).isEqualTo(1);
    // Had the claims of items 0 and 1 survived, this would now fail on them.
    assertThat(sync(first, second).json().toString())
        .isEqualTo("{\"created\":2,\"updated\":0,\"total\":2}");
  }

  @Test
  void theBatchAndEachItemAreValidated() {
    sync().assertError(400, "Bad Request");
    admin.post("/api/operators/sync", Map.of()).assertError(400, "Bad Request");
    var tooMany =
        IntStream.range(0, 1001)
            .mapToObj(i -> item("E-" + i, "SALESMAN", "N", null, null))
            .toList();
    admin.post("/api/operators/sync", Map.of("items", tooMany)).assertError(400, "Bad Request");

    ApiResponse noKey = sync(item(null, null, "Ana", null, null));
    noKey.assertError(400, "Bad Request");
    assertThat(noKey.json().path("message").asText())
        .isEqualTo("items[0].external_id: must not be blank");
    assertThat(noKey.json().path("details"))
        .extracting(detail -> detail.path("field").asText())
        .containsExactly("items[0].external_id", "items[0].type");

    assertThat(sync(item("E-1", "SALESMAN", null, null, null)).json().path("message").asText())
        .isEqualTo("items[0].name: must not be blank");
    assertThat(
            sync(item("E-1", "SALESMAN", "A", null, null), item("E-1", "SALESMAN", "B", null, null))
                .json()
                .path("message")
                .asText())
        .isEqualTo("items[1].external_id: repeats items[0] (same type)");
    ApiResponse badType = sync(item("E-1", "PILOT", "A", null, null));
    badType.assertError(400, "Bad Request");
    assertThat(badType.json().path("message").asText()).contains("items[0].type");
    assertThat(admin.get("/api/operators").json().path("meta").path("total").asInt()).isZero();
  }

  @Test
  void aFullBatchOfAThousandIsAppliedInOneGo() {
    var items =
        IntStream.range(0, 1000)
            .mapToObj(
                i -> item("B-" + i, "ACTIVATOR", "Bulk " + i, "bulk" + i + "@acme.test", null))
            .toList();

    ApiResponse synced = admin.post("/api/operators/sync", Map.of("items", items));

    assertThat(synced.json().toString())
        .isEqualTo("{\"created\":1000,\"updated\":0,\"total\":1000}");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        admin
                            .get("/api/operators?limit=1")
                            .json()
                            .path("meta")
                            .path("total")
                            .asInt())
                    .isEqualTo(1000));
  }

  private ApiResponse sync(Map<?, ?>... items) {
    return admin.post("/api/operators/sync", Map.of("items", List.of(items)));
  }

  private static Map<String, Object> item(
      String externalId, String type, String name, String email, Map<String, Object> metadata) {
    Map<String, Object> item = new HashMap<>();
    item.put("external_id", externalId);
    item.put("type", type);
    item.put("name", name);
    item.put("email", email);
    item.put("metadata", metadata);
    return item;
  }

  private long eventCount() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }
}
