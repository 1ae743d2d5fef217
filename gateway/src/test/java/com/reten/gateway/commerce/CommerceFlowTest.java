package com.reten.gateway.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
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

/** Commerces over real HTTP: create, read, list, change, deactivate, in one tenant only. */
class CommerceFlowTest extends IntegrationTest {

  private CommerceTenant acme;
  private CommerceTenant other;

  @BeforeEach
  void twoTenants() {
    var root = asRoot();
    acme = CommerceTenant.create(api, root, "acme");
    other = CommerceTenant.create(api, root, "other");
  }

  @Test
  void aCreatedCommerceIsReadBackWithItsLocationAndVersion() {
    Map<String, Object> body = CommerceTenant.commerceBody("ext-1", "76.123.456-7");
    body.put("globalExternalId", "chain-9");
    body.put("is_placeholder", true);
    body.put("metadata", Map.of("tier", "gold"));

    ApiResponse created = acme.admin.post("/api/commerces", body);

    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/commerces/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    ApiResponse read = acme.admin.get("/api/commerces/" + id);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    JsonNode commerce = read.json();
    assertThat(commerce).isEqualTo(created.json());
    assertThat(commerce.path("name").asText()).isEqualTo("Almacén ext-1");
    assertThat(commerce.path("externalId").asText()).isEqualTo("ext-1");
    assertThat(commerce.path("globalExternalId").asText()).isEqualTo("chain-9");
    assertThat(commerce.path("taxId").asText()).isEqualTo("76.123.456-7");
    assertThat(commerce.path("isActive").asBoolean()).isTrue();
    assertThat(commerce.path("isPlaceholder").asBoolean()).isTrue();
    assertThat(commerce.path("metadata").path("tier").asText()).isEqualTo("gold");
    assertThat(commerce.path("addresses")).isEmpty();
    assertThat(commerce.path("users")).isEmpty();
    assertThat(commerce.path("createdAt").asText()).endsWith("Z");
  }

  @Test
  void eachInvalidFieldIsA400NamingItAndCreatesNothing() {
    long events = eventCount();
    var invalid = new HashMap<String, Object>();
    invalid.put("name", " ");
    invalid.put("external_id", "");
    invalid.put("tax_id", "x".repeat(256));

    ApiResponse response =
        acme.admin.post("/api/commerces", invalid).assertError(400, "Bad Request");

    assertThat(response.json().path("details"))
        .extracting(detail -> detail.path("field").asText())
        .containsExactly("external_id", "name", "tax_id");
    acme.admin
        .post("/api/commerces", Map.of("name", "X", "external_id", "e", "metadata", List.of(1)))
        .assertError(400, "Bad Request");
    acme.admin
        .post("/api/commerces", Map.of("name", "X", "external_id", "e", "is_placeholder", "no"))
        .assertError(400, "Bad Request");
    assertThat(eventCount()).isEqualTo(events);
  }

  @Test
  void externalIdsAndTaxIdsAreUniqueInATenantOnly() {
    acme.admin.post("/api/commerces", CommerceTenant.commerceBody("ext-1", "76.123.456-K"));

    ApiResponse sameExternalId =
        acme.admin.post("/api/commerces", CommerceTenant.commerceBody("ext-1", null));
    ApiResponse sameTaxId =
        acme.admin.post("/api/commerces", CommerceTenant.commerceBody("ext-2", "76.123.456-k"));

    sameExternalId.assertError(409, "Conflict");
    assertThat(sameExternalId.json().path("message").asText())
        .isEqualTo("External id 'ext-1' is already used by another commerce");
    sameTaxId.assertError(409, "Conflict");
    assertThat(sameTaxId.json().path("message").asText())
        .isEqualTo("Tax id '76.123.456-k' is already used by another commerce");
    assertThat(
            other
                .admin
                .post("/api/commerces", CommerceTenant.commerceBody("ext-1", "76.123.456-K"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void theListFiltersPagesAndShowsNewestFirst() {
    String rosa = acme.commerceId("ROSA-1");
    String luna = acme.commerceId("luna-2");
    String sol = acme.commerceId("sol-3");
    other.commerceId("rosa-9");
    acme.delete("/api/commerces/" + luna);
    acme.admin.patch("/api/commerces/" + sol, Map.of("global_external_id", "chain-1"));

    JsonNode all = acme.admin.get("/api/commerces").json();
    assertThat(ids(all)).containsExactly(sol, luna, rosa);
    assertThat(all.path("meta").toString())
        .isEqualTo("{\"page\":1,\"limit\":20,\"total\":3,\"totalPages\":1}");
    JsonNode summary = all.path("data").get(2);
    assertThat(fieldNames(summary))
        .containsExactlyInAnyOrder(
            "id", "name", "externalId", "taxId", "isActive", "isPlaceholder", "createdAt");

    JsonNode second = acme.admin.get("/api/commerces?page=2&limit=2").json();
    assertThat(ids(second)).containsExactly(rosa);
    assertThat(second.path("meta").toString())
        .isEqualTo("{\"page\":2,\"limit\":2,\"total\":3,\"totalPages\":2}");
    assertThat(ids(acme.admin.get("/api/commerces?search=rOsA").json())).containsExactly(rosa);
    assertThat(ids(acme.admin.get("/api/commerces?search=%C3%A9n%20luna").json()))
        .containsExactly(luna);
    assertThat(ids(acme.admin.get("/api/commerces?external_id=luna-2").json()))
        .containsExactly(luna);
    assertThat(ids(acme.admin.get("/api/commerces?externalId=LUNA-2").json())).isEmpty();
    assertThat(ids(acme.admin.get("/api/commerces?global_external_id=chain-1").json()))
        .containsExactly(sol);
    assertThat(ids(acme.admin.get("/api/commerces?is_active=false").json())).containsExactly(luna);
    assertThat(ids(acme.admin.get("/api/commerces?is_placeholder=true").json())).isEmpty();
    acme.admin.get("/api/commerces?is_active=maybe").assertError(400, "Bad Request");
    acme.admin.get("/api/commerces?limit=101").assertError(400, "Bad Request");
  }

  @Test
  void aPatchChangesOnlyWhatItSendsAndMovesTheTaxId() {
    var body = CommerceTenant.commerceBody("ext-1", "11.111.111-1");
    body.put("metadata", Map.of("tier", "gold", "zone", "north"));
    String id = acme.admin.post("/api/commerces", body).json().path("id").asText();
    var metadata = new HashMap<String, Object>();
    metadata.put("tier", null);
    metadata.put("size", 3);

    ApiResponse patched =
        acme.admin.patch(
            "/api/commerces/" + id,
            Map.of("name", "Rosa Ltda", "tax_id", "22.222.222-2", "metadata", metadata));

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.header("ETag")).isEqualTo("\"1\"");
    JsonNode commerce = patched.json();
    assertThat(commerce.path("name").asText()).isEqualTo("Rosa Ltda");
    assertThat(commerce.path("externalId").asText()).isEqualTo("ext-1");
    assertThat(commerce.path("metadata").size()).isEqualTo(2);
    assertThat(commerce.path("metadata").path("zone").asText()).isEqualTo("north");
    assertThat(commerce.path("metadata").path("size").asInt()).isEqualTo(3);
    assertThat(
            acme.admin
                .post("/api/commerces", CommerceTenant.commerceBody("ext-2", "11.111.111-1"))
                .status())
        .as("the old tax id is free again")
        .isEqualTo(201);
    acme.admin.patch("/api/commerces/" + id, Map.of("name", " ")).assertError(400, "Bad Request");
    assertThat(acme.admin.patch("/api/commerces/" + id, Map.of("tax_id", "")).json().has("taxId"))
        .isTrue();
    assertThat(acme.admin.get("/api/commerces/" + id).json().path("taxId").isNull()).isTrue();
  }

  @Test
  void deleteDeactivatesOnceAndPatchReactivates() {
    String id = acme.commerceId("ext-1");

    assertThat(acme.delete("/api/commerces/" + id).status()).isEqualTo(204);
    assertThat(acme.delete("/api/commerces/" + id).status()).isEqualTo(204);
    ApiResponse read = acme.admin.get("/api/commerces/" + id);
    assertThat(read.json().path("isActive").asBoolean()).isFalse();
    assertThat(read.header("ETag")).isEqualTo("\"1\"");

    ApiResponse reactivated = acme.admin.patch("/api/commerces/" + id, Map.of("is_active", true));
    assertThat(reactivated.json().path("isActive").asBoolean()).isTrue();
    assertThat(reactivated.header("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void aStaleIfMatchIsAConflictAndChangesNothing() {
    String id = acme.commerceId("ext-1");
    acme.admin.withHeader("If-Match", "\"0\"").patch("/api/commerces/" + id, Map.of("name", "V1"));

    acme.admin
        .withHeader("If-Match", "\"0\"")
        .patch("/api/commerces/" + id, Map.of("name", "V2"))
        .assertError(409, "Conflict");
    acme.admin
        .withHeader("If-Match", "\"0\"")
        .send("DELETE", "/api/commerces/" + id, null)
        .assertError(409, "Conflict");
    acme.admin
        .withHeader("If-Match", "one")
        .patch("/api/commerces/" + id, Map.of("name", "V3"))
        .assertError(400, "Bad Request");
    JsonNode current = acme.admin.get("/api/commerces/" + id).json();
    assertThat(current.path("name").asText()).isEqualTo("V1");
    assertThat(current.path("isActive").asBoolean()).isTrue();
    assertThat(
            acme.admin
                .withHeader("If-Match", "\"1\"")
                .patch("/api/commerces/" + id, Map.of("name", "V2"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void anotherTenantsCommerceIsNotFoundWhateverTheRequest() {
    String theirs = other.commerceId("ext-1");

    acme.admin.get("/api/commerces/" + theirs).assertError(404, "Not Found");
    acme.admin
        .patch("/api/commerces/" + theirs, Map.of("name", "Mine"))
        .assertError(404, "Not Found");
    acme.admin
        .withHeader("If-Match", "\"7\"")
        .patch("/api/commerces/" + theirs, Map.of("name", "Mine"))
        .assertError(404, "Not Found");
    acme.delete("/api/commerces/" + theirs).assertError(404, "Not Found");
    acme.admin.get("/api/commerces/" + UUID.randomUUID()).assertError(404, "Not Found");
    acme.admin.get("/api/commerces/not-a-uuid").assertError(400, "Bad Request");
    assertThat(other.admin.get("/api/commerces/" + theirs).json().path("name").asText())
        .isEqualTo("Almacén ext-1");
  }

  @Test
  void concurrentCreatesWithOneExternalIdCreateExactlyOneCommerce() throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    try {
      var results =
          pool.invokeAll(
              IntStream.range(0, 8)
                  .mapToObj(
                      i ->
                          (Callable<Integer>)
                              () ->
                                  acme.admin
                                      .post(
                                          "/api/commerces",
                                          CommerceTenant.commerceBody("race", "tax-" + i))
                                      .status())
                  .toList());
      var statuses = new ArrayList<Integer>();
      for (var result : results) {
        statuses.add(result.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM rm_commerce WHERE external_id = 'race'", Long.class))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM unique_claim WHERE scope = 'COMMERCE_TAX_ID'"
                    + " AND claim_value LIKE ?",
                Long.class,
                acme.id + ":%"))
        .as("the losers' tax ids were rolled back with them")
        .isEqualTo(1);
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("data").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private long eventCount() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }
}
