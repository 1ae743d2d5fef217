package com.reten.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.Tenants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routes and their operator links as a tenant admin manages them, over real HTTP. */
class RouteFlowTest extends IntegrationTest {

  private ApiClient admin;
  private ApiClient elsewhere;

  @BeforeEach
  void tenants() {
    ApiClient root = asRoot();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String tenant = Tenants.create(root, "routes-" + run, "admin@routes-" + run + ".test");
    String other = Tenants.create(root, "routes-x-" + run, "admin@routes-x-" + run + ".test");
    admin = api.signIn("admin@routes-" + run + ".test", Tenants.ADMIN_PASSWORD).inTenant(tenant);
    elsewhere = root.inTenant(other);
  }

  @Test
  void aCreatedRouteIsReadBackEmptyWithItsVersion() {
    ApiResponse created =
        admin.post(
            "/api/routes",
            Map.of(
                "name", "North",
                "external_id", "R-1",
                "description", "Mondays",
                "metadata", Map.of("zone", "n")));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.path("id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/routes/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    assertThat(body.path("name").asText()).isEqualTo("North");
    assertThat(body.path("externalId").asText()).isEqualTo("R-1");
    assertThat(body.path("description").asText()).isEqualTo("Mondays");
    assertThat(body.path("isActive").asBoolean()).isTrue();
    assertThat(body.path("metadata").toString()).isEqualTo("{\"zone\":\"n\"}");
    assertThat(body.path("operators").toString()).isEqualTo("[]");
    assertThat(body.path("commerceIds").toString()).isEqualTo("[]");
    ApiResponse read = admin.get("/api/routes/" + id);
    assertThat(read.json()).isEqualTo(body);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
  }

  @Test
  void eachInvalidFieldIsA400NamingIt() {
    Map<String, Map<String, Object>> cases =
        Map.of(
            "name", Map.of("name", " "),
            "external_id", Map.of("name", "North", "external_id", ""),
            "description", Map.of("name", "North", "description", "x".repeat(2001)));
    cases.forEach(
        (field, body) ->
            assertThat(
                    admin
                        .post("/api/routes", body)
                        .assertError(400, "Bad Request")
                        .json()
                        .path("details"))
                .extracting(detail -> detail.path("field").asText())
                .containsExactly(field));
    admin.post("/api/routes", Map.of()).assertError(400, "Bad Request");
    assertThat(admin.get("/api/routes").json().path("meta").path("total").asInt()).isZero();
  }

  @Test
  void theExternalIdIsUniqueInTheTenantOnly() {
    create("North", "R-1");

    ApiResponse taken = admin.post("/api/routes", Map.of("name", "Other", "external_id", "R-1"));
    taken.assertError(409, "Conflict");
    assertThat(taken.json().path("message").asText())
        .isEqualTo("A route with external id 'R-1' already exists");
    assertThat(elsewhere.post("/api/routes", Map.of("name", "N", "external_id", "R-1")).status())
        .isEqualTo(201);
    create("No external id", null);
    create("Nor this one", null);
  }

  @Test
  void aPatchChangesOnlyWhatItNamesAndDeleteDeactivatesIdempotently() {
    String id = create("North", "R-1").path("id").asText();
    Map<String, Object> metadata = new HashMap<>(Map.of("day", "mon"));
    metadata.put("zone", null);

    ApiResponse patched =
        admin.patch("/api/routes/" + id, Map.of("description", "Tuesdays", "metadata", metadata));

    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    assertThat(patched.header("ETag")).isEqualTo("\"1\"");
    assertThat(patched.json().path("name").asText()).isEqualTo("North");
    assertThat(patched.json().path("description").asText()).isEqualTo("Tuesdays");
    assertThat(patched.json().path("metadata").toString()).isEqualTo("{\"day\":\"mon\"}");
    admin.patch("/api/routes/" + id, Map.of("name", "")).assertError(400, "Bad Request");

    assertThat(admin.send("DELETE", "/api/routes/" + id, null).status()).isEqualTo(204);
    assertThat(admin.send("DELETE", "/api/routes/" + id, null).status()).isEqualTo(204);
    assertThat(admin.get("/api/routes/" + id).json().path("isActive").asBoolean()).isFalse();
    assertThat(
            admin
                .patch("/api/routes/" + id, Map.of("isActive", true))
                .json()
                .path("isActive")
                .asBoolean())
        .isTrue();
  }

  @Test
  void aStaleIfMatchIsAConflictOnEveryWrite() {
    String id = create("North", null).path("id").asText();
    String operator = operator("Ana");
    ApiClient stale = admin.withHeader("If-Match", "\"0\"");

    assertThat(stale.patch("/api/routes/" + id, Map.of("name", "V1")).header("ETag"))
        .isEqualTo("\"1\"");
    stale.patch("/api/routes/" + id, Map.of("name", "V2")).assertError(409, "Conflict");
    stale
        .post("/api/routes/" + id + "/operators", Map.of("operatorId", operator))
        .assertError(409, "Conflict");
    stale.send("DELETE", "/api/routes/" + id, null).assertError(409, "Conflict");
    ApiResponse linked =
        admin
            .withHeader("If-Match", "\"1\"")
            .post("/api/routes/" + id + "/operators", Map.of("operatorId", operator));
    assertThat(linked.header("ETag")).isEqualTo("\"2\"");
    stale
        .send("DELETE", "/api/routes/" + id + "/operators/" + operator, null)
        .assertError(409, "Conflict");
    assertThat(admin.get("/api/routes/" + id).json().path("name").asText()).isEqualTo("V1");
  }

  @Test
  void operatorsAreLinkedRelinkedAndUnlinked() {
    String id = create("North", "R-1").path("id").asText();
    String ana = operator("Ana");
    String bob = operator("Bob");
    String links = "/api/routes/" + id + "/operators";

    ApiResponse linked = admin.post(links, Map.of("operatorId", ana));
    assertThat(linked.status()).as("%s", linked).isEqualTo(201);
    assertThat(linked.header("Location")).isEqualTo("/api/routes/" + id);
    assertThat(linked.json().toString())
        .isEqualTo(
            "{\"routeId\":\"%s\",\"operatorId\":\"%s\",\"role\":\"MEMBER\",\"isActive\":true}"
                .formatted(id, ana));
    assertThat(admin.post(links, Map.of("operator_id", bob, "role", "lead")).status())
        .isEqualTo(201);
    ApiResponse again = admin.post(links, Map.of("operatorId", ana, "role", "MEMBER"));
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("ETag")).isEqualTo("\"2\"");

    assertThat(admin.send("DELETE", links + "/" + ana, null).status()).isEqualTo(204);
    assertThat(admin.send("DELETE", links + "/" + ana, null).status()).isEqualTo(204);
    assertThat(admin.get("/api/routes/" + id).json().path("operators").toString())
        .as("an unlinked operator is removed from the route, as Reten's docs say")
        .isEqualTo("[{\"operatorId\":\"%s\",\"role\":\"LEAD\",\"isActive\":true}]".formatted(bob));

    ApiResponse back = admin.post(links, Map.of("operatorId", ana, "role", "LEAD"));
    assertThat(back.json().path("role").asText()).isEqualTo("LEAD");
    assertThat(admin.get("/api/routes/" + id).json().path("operators").get(0).toString())
        .isEqualTo("{\"operatorId\":\"%s\",\"role\":\"LEAD\",\"isActive\":true}".formatted(ana));
  }

  @Test
  void onlyAnActiveOperatorOfTheTenantCanBeLinked() {
    String id = create("North", null).path("id").asText();
    String links = "/api/routes/" + id + "/operators";
    String retired = operator("Retired");
    admin.send("DELETE", "/api/operators/" + retired, null);
    String foreign =
        elsewhere
            .post("/api/operators", Map.of("type", "SALESMAN", "name", "Foreign"))
            .json()
            .path("id")
            .asText();

    ApiResponse inactive = admin.post(links, Map.of("operatorId", retired));
    inactive.assertError(400, "Bad Request");
    assertThat(inactive.json().path("message").asText()).isEqualTo("Operator is not active");
    admin.post(links, Map.of("operatorId", foreign)).assertError(404, "Not Found");
    admin.post(links, Map.of("operatorId", UUID.randomUUID())).assertError(404, "Not Found");
    admin.post(links, Map.of("operatorId", id)).assertError(404, "Not Found");
    admin.send("DELETE", links + "/" + foreign, null).assertError(404, "Not Found");
    ApiResponse missing = admin.post(links, Map.of("role", "LEAD")).assertError(400, "Bad Request");
    assertThat(missing.json().path("details").get(0).path("field").asText())
        .isEqualTo("operator_id");
    admin.post(links, Map.of("operatorId", "not-a-uuid")).assertError(400, "Bad Request");
    admin
        .post(links, Map.of("operatorId", operator("Ana"), "role", "BOSS"))
        .assertError(400, "Bad Request");
    admin.send("DELETE", "/api/routes/" + id, null);
    admin.post(links, Map.of("operatorId", operator("Bob"))).assertError(400, "Bad Request");
    assertThat(admin.get("/api/routes/" + id).json().path("operators").toString()).isEqualTo("[]");
  }

  @Test
  void anotherTenantsRouteIsNotFound() {
    String id = create("North", null).path("id").asText();
    String operator = operator("Ana");
    admin.post("/api/routes/" + id + "/operators", Map.of("operatorId", operator));

    elsewhere.get("/api/routes/" + id).assertError(404, "Not Found");
    elsewhere.patch("/api/routes/" + id, Map.of("name", "Mine")).assertError(404, "Not Found");
    elsewhere.send("DELETE", "/api/routes/" + id, null).assertError(404, "Not Found");
    elsewhere
        .post("/api/routes/" + id + "/operators", Map.of("operatorId", operator))
        .assertError(404, "Not Found");
    elsewhere
        .send("DELETE", "/api/routes/" + id + "/operators/" + operator, null)
        .assertError(404, "Not Found");
    admin.get("/api/routes/" + UUID.randomUUID()).assertError(404, "Not Found");
    admin.patch("/api/routes/" + operator, Map.of("name", "x")).assertError(404, "Not Found");
    admin.patch("/api/operators/" + id, Map.of("name", "x")).assertError(404, "Not Found");
    admin
        .post("/api/routes/" + UUID.randomUUID() + "/operators", Map.of("operatorId", operator))
        .assertError(404, "Not Found");
    assertThat(
            admin
                .get("/api/routes/" + id)
                .json()
                .path("operators")
                .get(0)
                .path("isActive")
                .asBoolean())
        .isTrue();
  }

  @Test
  void theListFiltersAndPaginatesNewestFirst() {
    String north = create("North Loop", "R-100").path("id").asText();
    String south = create("South", "r-200").path("id").asText();
    String east = create("East", null).path("id").asText();
    String west = create("West", null).path("id").asText();
    admin.send("DELETE", "/api/routes/" + east, null);
    String ana = operator("Ana");
    admin.post("/api/routes/" + north + "/operators", Map.of("operatorId", ana));
    admin.post("/api/routes/" + south + "/operators", Map.of("operatorId", ana));
    admin.send("DELETE", "/api/routes/" + south + "/operators/" + ana, null);
    elsewhere.post("/api/routes", Map.of("name", "North elsewhere"));

    ApiResponse second = admin.get("/api/routes?page=2&per_page=3");
    assertThat(second.json().path("meta").toString())
        .isEqualTo("{\"page\":2,\"limit\":3,\"total\":4,\"totalPages\":2}");
    assertThat(ids(second)).containsExactly(north);
    assertThat(ids(admin.get("/api/routes"))).containsExactly(west, east, south, north);
    assertThat(ids(admin.get("/api/routes?search=north"))).containsExactly(north);
    assertThat(ids(admin.get("/api/routes?search=R-2"))).containsExactly(south);
    assertThat(ids(admin.get("/api/routes?is_active=false"))).containsExactly(east);
    assertThat(ids(admin.get("/api/routes?operator_id=" + ana))).containsExactly(north);
    assertThat(ids(admin.get("/api/routes?operatorId=" + ana + "&is_active=false"))).isEmpty();
    assertThat(admin.get("/api/routes").json().path("data").get(3).path("operators").size())
        .isEqualTo(1);
    admin.get("/api/routes?operator_id=nope").assertError(400, "Bad Request");
    admin.get("/api/routes?page=0").assertError(400, "Bad Request");
  }

  @Test
  void concurrentCreatesWithOneExternalIdMakeExactlyOneRoute() throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    List<Integer> statuses = new ArrayList<>();
    try {
      var calls =
          IntStream.range(0, 8)
              .mapToObj(
                  i ->
                      (Callable<Integer>)
                          () ->
                              admin
                                  .post(
                                      "/api/routes",
                                      Map.of("name", "Racer " + i, "external_id", "RACE"))
                                  .status())
              .toList();
      for (var result : pool.invokeAll(calls)) {
        statuses.add(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM rm_route WHERE external_id = 'RACE'", Long.class))
        .isEqualTo(1);
  }

  @Test
  void aKeyNeedsManageRoutesAndTheDescriptionListsTheRoutes() {
    ApiResponse key =
        admin.post(
            "/api/api-keys", Map.of("name", "k", "permissions", List.of("MANAGE_OPERATORS")));
    ApiClient withoutRoutes = api.withHeader("x-api-key", key.json().path("plaintextKey").asText());

    withoutRoutes.get("/api/routes").assertError(403, "Forbidden");
    assertThat(api.get("/api/docs-json").json().path("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/routes",
            "/api/routes/{id}",
            "/api/routes/{id}/operators",
            "/api/routes/{id}/operators/{operatorId}");
  }

  private JsonNode create(String name, String externalId) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    if (externalId != null) {
      body.put("external_id", externalId);
    }
    ApiResponse created = admin.post("/api/routes", body);
    assertThat(created.status()).as("create %s: %s", body, created).isEqualTo(201);
    return created.json();
  }

  private String operator(String name) {
    ApiResponse created = admin.post("/api/operators", Map.of("type", "SALESMAN", "name", name));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.json().path("data").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
