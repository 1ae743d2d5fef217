package com.reten.gateway.operator;

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

/** Operators as a tenant admin manages them, over real HTTP. */
class OperatorFlowTest extends IntegrationTest {

  private ApiClient root;
  private ApiClient admin;
  private ApiClient elsewhere;
  private String run;

  @BeforeEach
  void tenants() {
    root = asRoot();
    run = UUID.randomUUID().toString().substring(0, 8);
    String tenant = Tenants.create(root, "ops-" + run, "admin@ops-" + run + ".test");
    String other = Tenants.create(root, "ops-other-" + run, "admin@ops-other-" + run + ".test");
    admin = api.signIn("admin@ops-" + run + ".test", Tenants.ADMIN_PASSWORD).inTenant(tenant);
    elsewhere = root.inTenant(other);
  }

  @Test
  void aCreatedOperatorIsReadBackWithItsNameSplitAndItsVersion() {
    ApiResponse created =
        admin.post(
            "/api/operators",
            Map.of(
                "type", "salesman",
                "name", "Ana Maria Diaz",
                "email", "Ana@Acme.TEST",
                "phone", "+56912345678",
                "external_id", "E-1",
                "is_placeholder", true,
                "metadata", Map.of("zone", "north")));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.path("id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/operators/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    assertThat(body.path("name").asText()).isEqualTo("Ana Maria Diaz");
    assertThat(body.path("firstName").asText()).isEqualTo("Ana");
    assertThat(body.path("lastName").asText()).isEqualTo("Maria Diaz");
    assertThat(body.path("email").asText()).isEqualTo("ana@acme.test");
    assertThat(body.path("phone").asText()).isEqualTo("+56912345678");
    assertThat(body.path("type").asText()).isEqualTo("SALESMAN");
    assertThat(body.path("externalId").asText()).isEqualTo("E-1");
    assertThat(body.path("isActive").asBoolean()).isTrue();
    assertThat(body.path("isPlaceholder").asBoolean()).isTrue();
    assertThat(body.path("metadata").path("zone").asText()).isEqualTo("north");
    assertThat(body.path("createdAt").asText()).isEqualTo(body.path("updatedAt").asText());

    ApiResponse read = admin.get("/api/operators/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    assertThat(read.json()).isEqualTo(body);
  }

  @Test
  void camelCaseBodiesAndAOneWordNameWork() {
    JsonNode body =
        create(
            Map.of(
                "type", "CALLCENTER", "name", "Cher", "externalId", "C-1", "isPlaceholder", false));

    assertThat(body.path("externalId").asText()).isEqualTo("C-1");
    assertThat(body.path("firstName").asText()).isEqualTo("Cher");
    assertThat(body.path("lastName").isNull()).isTrue();
    assertThat(body.path("email").isNull()).isTrue();
    assertThat(body.path("metadata").isEmpty()).isTrue();
  }

  @Test
  void eachInvalidFieldIsA400NamingItAndCreatesNothing() {
    Map<String, Map<String, Object>> cases =
        Map.of(
            "type", Map.of("name", "Ana"),
            "name", Map.of("type", "SALESMAN", "name", " "),
            "email", Map.of("type", "SALESMAN", "name", "Ana", "email", "not-an-email"),
            "phone", Map.of("type", "SALESMAN", "name", "Ana", "phone", "56912345678"),
            "external_id", Map.of("type", "SALESMAN", "name", "Ana", "external_id", "  "));
    cases.forEach(
        (field, body) -> {
          ApiResponse response = admin.post("/api/operators", body).assertError(400, "Bad Request");
          assertThat(response.json().path("details"))
              .as("details of %s", body)
              .extracting(detail -> detail.path("field").asText())
              .containsExactly(field);
        });
    admin
        .post("/api/operators", Map.of("type", "PILOT", "name", "Ana"))
        .assertError(400, "Bad Request");
    admin
        .post("/api/operators", Map.of("type", "SALESMAN", "name", "x".repeat(256)))
        .assertError(400, "Bad Request");
    assertThat(admin.get("/api/operators").json().path("meta").path("total").asLong()).isZero();
  }

  @Test
  void theEmailInAnyCaseAndTheTypedExternalIdAreUniqueInTheTenant() {
    create(operator("SALESMAN", "Ana", "ana@acme.test", "E-1"));

    admin
        .post("/api/operators", operator("ACTIVATOR", "Other", "ANA@acme.test", null))
        .assertError(409, "Conflict");
    ApiResponse sameKey = admin.post("/api/operators", operator("SALESMAN", "Other", null, "E-1"));
    sameKey.assertError(409, "Conflict");
    assertThat(sameKey.json().path("message").asText())
        .isEqualTo("An operator of type SALESMAN with external id 'E-1' already exists");

    create(operator("ACTIVATOR", "Same id, other type", null, "E-1"));
    assertThat(
            elsewhere
                .post("/api/operators", operator("SALESMAN", "Ana", "ana@acme.test", "E-1"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void changingTheEmailFreesTheOldOneAndTakingAnotherOperatorsIsAConflict() {
    String ana = create(operator("SALESMAN", "Ana", "ana@acme.test", null)).path("id").asText();
    create(operator("SALESMAN", "Bob", "bob@acme.test", null));

    admin
        .patch("/api/operators/" + ana, Map.of("email", "Bob@acme.test"))
        .assertError(409, "Conflict");
    assertThat(admin.patch("/api/operators/" + ana, Map.of("email", "ana2@acme.test")).status())
        .isEqualTo(200);
    assertThat(
            admin
                .post("/api/operators", operator("SALESMAN", "Eve", "ana@acme.test", null))
                .status())
        .isEqualTo(201);
  }

  @Test
  void aPatchChangesOnlyWhatItNamesAndMergesMetadata() {
    String id =
        create(
                Map.of(
                    "type", "SALESMAN",
                    "name", "Ana Diaz",
                    "email", "ana@acme.test",
                    "metadata", Map.of("zone", "north", "tier", "gold")))
            .path("id")
            .asText();
    Map<String, Object> changes = new HashMap<>();
    changes.put("name", "Ana Maria Ruiz");
    changes.put("phone", "+56987654321");
    changes.put("metadata", new HashMap<>(Map.of("zone", "south")));
    ((Map<String, Object>) changes.get("metadata")).put("tier", null);

    ApiResponse patched = admin.patch("/api/operators/" + id, changes);

    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    assertThat(patched.header("ETag")).isEqualTo("\"1\"");
    JsonNode body = patched.json();
    assertThat(body.path("firstName").asText()).isEqualTo("Ana");
    assertThat(body.path("lastName").asText()).isEqualTo("Maria Ruiz");
    assertThat(body.path("email").asText()).isEqualTo("ana@acme.test");
    assertThat(body.path("phone").asText()).isEqualTo("+56987654321");
    assertThat(body.path("metadata").toString()).isEqualTo("{\"zone\":\"south\"}");
    admin.patch("/api/operators/" + id, Map.of("phone", "12345")).assertError(400, "Bad Request");
  }

  @Test
  void deleteDeactivatesIdempotentlyAndIsActiveReactivates() {
    String id = create(operator("SALESMAN", "Ana", null, null)).path("id").asText();

    assertThat(admin.send("DELETE", "/api/operators/" + id, null).status()).isEqualTo(204);
    assertThat(admin.send("DELETE", "/api/operators/" + id, null).status()).isEqualTo(204);
    ApiResponse read = admin.get("/api/operators/" + id);
    assertThat(read.json().path("isActive").asBoolean()).isFalse();
    assertThat(read.header("ETag")).isEqualTo("\"1\"");

    ApiResponse back = admin.patch("/api/operators/" + id, Map.of("is_active", true));
    assertThat(back.json().path("isActive").asBoolean()).isTrue();
  }

  @Test
  void anotherTenantsOperatorIsNotFound() {
    String id = create(operator("SALESMAN", "Ana", null, null)).path("id").asText();

    elsewhere.get("/api/operators/" + id).assertError(404, "Not Found");
    elsewhere.patch("/api/operators/" + id, Map.of("name", "Eve")).assertError(404, "Not Found");
    elsewhere.send("DELETE", "/api/operators/" + id, null).assertError(404, "Not Found");
    admin.get("/api/operators/" + UUID.randomUUID()).assertError(404, "Not Found");
    assertThat(admin.get("/api/operators/" + id).json().path("name").asText()).isEqualTo("Ana");
  }

  @Test
  void aStaleIfMatchIsAConflictAndChangesNothing() {
    String id = create(operator("SALESMAN", "Ana", null, null)).path("id").asText();

    ApiResponse first =
        admin.withHeader("If-Match", "\"0\"").patch("/api/operators/" + id, Map.of("name", "V1"));
    assertThat(first.header("ETag")).isEqualTo("\"1\"");
    admin
        .withHeader("If-Match", "\"0\"")
        .patch("/api/operators/" + id, Map.of("name", "V2"))
        .assertError(409, "Conflict");
    admin
        .withHeader("If-Match", "\"0\"")
        .send("DELETE", "/api/operators/" + id, null)
        .assertError(409, "Conflict");
    assertThat(admin.get("/api/operators/" + id).json().path("name").asText()).isEqualTo("V1");
    assertThat(
            admin
                .withHeader("If-Match", "\"1\"")
                .send("DELETE", "/api/operators/" + id, null)
                .status())
        .isEqualTo(204);
  }

  @Test
  void theListFiltersAndPaginatesNewestFirst() {
    String ana =
        create(operator("SALESMAN", "Ana Diaz", "ana@north.test", null)).path("id").asText();
    String bob =
        create(operator("ACTIVATOR", "Bob Stone", "bob@south.test", null)).path("id").asText();
    String cris = create(operator("ACTIVATOR", "Cris Diaz", null, null)).path("id").asText();
    String dan = create(operator("CALLCENTER", "Dan", null, null)).path("id").asText();
    String eve = create(operator("SALESMAN", "Eve", "eve@north.test", null)).path("id").asText();
    admin.send("DELETE", "/api/operators/" + bob, null);
    assertThat(
            elsewhere.post("/api/operators", operator("SALESMAN", "Ana Diaz", null, null)).status())
        .isEqualTo(201);

    ApiResponse second = admin.get("/api/operators?page=2&limit=2");
    assertThat(second.json().path("meta").toString())
        .isEqualTo("{\"page\":2,\"limit\":2,\"total\":5,\"totalPages\":3}");
    assertThat(ids(second)).containsExactly(cris, bob);
    assertThat(ids(admin.get("/api/operators"))).containsExactly(eve, dan, cris, bob, ana);
    assertThat(ids(admin.get("/api/operators?type=activator"))).containsExactly(cris, bob);
    assertThat(ids(admin.get("/api/operators?is_active=false"))).containsExactly(bob);
    assertThat(ids(admin.get("/api/operators?isActive=true&type=ACTIVATOR"))).containsExactly(cris);
    assertThat(ids(admin.get("/api/operators?search=diaz"))).containsExactly(cris, ana);
    assertThat(ids(admin.get("/api/operators?search=NORTH.test"))).containsExactly(eve, ana);
    ApiResponse none = admin.get("/api/operators?search=zzz");
    assertThat(none.json().path("meta").toString())
        .isEqualTo("{\"page\":1,\"limit\":20,\"total\":0,\"totalPages\":0}");
    admin.get("/api/operators?type=pilot").assertError(400, "Bad Request");
    admin.get("/api/operators?is_active=maybe").assertError(400, "Bad Request");
    admin.get("/api/operators?limit=101").assertError(400, "Bad Request");
  }

  @Test
  void concurrentCreatesWithOneEmailMakeExactlyOneOperator() throws Exception {
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
                                      "/api/operators",
                                      operator(
                                          "SALESMAN", "Racer " + i, "race@acme.test", "R-" + i))
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
                "SELECT count(*) FROM rm_operator WHERE email = 'race@acme.test'", Long.class))
        .isEqualTo(1);
  }

  @Test
  void aKeyNeedsManageOperatorsAndSyncNeedsSyncOperators() {
    ApiClient viewer = keyWith(List.of("VIEW_ACTIVITIES"));
    ApiClient manager = keyWith(List.of("MANAGE_OPERATORS"));

    viewer.get("/api/operators").assertError(403, "Forbidden");
    assertThat(manager.get("/api/operators").status()).isEqualTo(200);
    manager
        .post(
            "/api/operators/sync",
            Map.of("items", List.of(Map.of("external_id", "E-1", "type", "SALESMAN", "name", "A"))))
        .assertError(403, "Forbidden");
  }

  @Test
  void theDescriptionListsTheOperatorRoutes() {
    assertThat(api.get("/api/docs-json").json().path("paths").fieldNames())
        .toIterable()
        .contains("/api/operators", "/api/operators/{id}", "/api/operators/sync");
  }

  private ApiClient keyWith(List<String> permissions) {
    ApiResponse key = admin.post("/api/api-keys", Map.of("name", "k", "permissions", permissions));
    assertThat(key.status()).as("%s", key).isEqualTo(201);
    return api.withHeader("x-api-key", key.json().path("plaintextKey").asText());
  }

  private JsonNode create(Map<String, ?> body) {
    ApiResponse created = admin.post("/api/operators", body);
    assertThat(created.status()).as("create %s: %s", body, created).isEqualTo(201);
    return created.json();
  }

  static Map<String, Object> operator(String type, String name, String email, String externalId) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("name", name);
    if (email != null) {
      body.put("email", email);
    }
    if (externalId != null) {
      body.put("external_id", externalId);
    }
    return body;
  }

  private static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.json().path("data").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
