package com.reten.gateway.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/commerces/sync: an upsert of many commerces that applies entirely or not at all. */
class CommerceSyncFlowTest extends IntegrationTest {

  private CommerceTenant acme;

  @BeforeEach
  void tenant() {
    acme = CommerceTenant.create(api, asRoot(), "sync");
  }

  @Test
  void aSyncCreatesEverythingAndASecondOneUpdatesByExternalId() {
    ApiResponse first =
        sync(acme.admin, item("ext-1", "Almacén Rosa", "76.1"), item("ext-2", "Luna", null));

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().toString()).isEqualTo("{\"created\":2,\"updated\":0,\"total\":2}");
    JsonNode listed = acme.admin.get("/api/commerces?external_id=ext-1").json();
    assertThat(listed.path("meta").path("total").asInt()).isEqualTo(1);
    JsonNode rosa =
        acme.admin.get("/api/commerces/" + listed.path("data").get(0).path("id").asText()).json();
    assertThat(rosa.path("taxId").asText()).isEqualTo("76.1");
    assertThat(rosa.path("addresses").get(0).path("source").asText()).isEqualTo("INTEGRATION");
    assertThat(rosa.path("addresses").get(0).path("isPrimary").asBoolean()).isTrue();
    JsonNode ana = rosa.path("users").get(0);
    assertThat(ana.path("firstName").asText()).isEqualTo("Ana");
    assertThat(ana.path("lastName").asText()).isEqualTo("Díaz Soto");
    assertThat(ana.path("roles").toString()).isEqualTo("[{\"role\":\"OWNER\"}]");
    assertThat(ana.path("contacts"))
        .extracting(c -> c.path("value").asText())
        .containsExactly("ana@rosa.cl", "+56912345678");

    Map<String, Object> renamed = item("ext-1", "Rosa Ltda", null);
    user(renamed).put("roles", List.of("OWNER", "FINANCE"));
    ApiResponse second = sync(acme.admin, renamed, item("ext-3", "Sol", "76.3"));

    assertThat(second.json().toString()).isEqualTo("{\"created\":1,\"updated\":1,\"total\":2}");
    JsonNode updated = acme.admin.get("/api/commerces/" + rosa.path("id").asText()).json();
    assertThat(updated.path("name").asText()).isEqualTo("Rosa Ltda");
    assertThat(updated.path("taxId").asText()).as("absent: unchanged").isEqualTo("76.1");
    assertThat(updated.path("addresses")).hasSize(1);
    assertThat(updated.path("users")).hasSize(1);
    assertThat(updated.path("users").get(0).path("roles").toString())
        .isEqualTo("[{\"role\":\"OWNER\"},{\"role\":\"FINANCE\"}]");
    assertThat(updated.path("users").get(0).path("contacts")).hasSize(2);
    assertThat(acme.admin.get("/api/commerces").json().path("meta").path("total").asInt())
        .isEqualTo(3);
  }

  @Test
  void oneInvalidItemRefusesTheWholeSyncNamingItsIndex() {
    long events = eventCount();
    Map<String, Object> bad = item("ext-2", "Luna", null);
    contacts(bad).get(1).put("value", "912345678");

    ApiResponse refused =
        sync(acme.admin, item("ext-1", "Rosa", null), bad).assertError(400, "Bad Request");

    assertThat(refused.json().path("message").asText())
        .isEqualTo("items[1].users[0].contacts[1].value: must be E.164 like +56912345678");
    assertThat(refused.json().path("details").get(0).path("field").asText())
        .isEqualTo("items[1].users[0].contacts[1].value");
    assertThat(eventCount()).isEqualTo(events);
    assertThat(acme.admin.get("/api/commerces").json().path("meta").path("total").asInt()).isZero();
  }

  @Test
  void everyProblemIsListedFirstItemFirst() {
    Map<String, Object> noName = item("ext-2", " ", null);
    Map<String, Object> badAddress = item("ext-1", "Rosa", null);
    address(badAddress).put("latitude", 91);
    address(badAddress).put("country_code", "XX");
    Map<String, Object> repeated = item("ext-1", "Otra", null);

    ApiResponse refused =
        sync(acme.admin, badAddress, noName, repeated).assertError(400, "Bad Request");

    assertThat(refused.json().path("message").asText())
        .isEqualTo(
            "items[0].addresses[0].country_code: must be an ISO-3166 alpha-2 country code such as CL");
    assertThat(refused.json().path("details"))
        .extracting(detail -> detail.path("field").asText())
        .containsExactly(
            "items[0].addresses[0].country_code",
            "items[0].addresses[0].latitude",
            "items[1].name",
            "items[2].external_id");
  }

  @Test
  void aTaxIdOfAnotherCommerceIsAConflictNamingTheItemAndChangesNothing() {
    acme.admin.post("/api/commerces", CommerceTenant.commerceBody("existing", "76.9"));
    long events = eventCount();

    ApiResponse refused =
        sync(acme.admin, item("ext-1", "Rosa", "76.1"), item("ext-2", "Luna", "76.9"))
            .assertError(409, "Conflict");

    assertThat(refused.json().path("message").asText())
        .isEqualTo("items[1]: Tax id '76.9' is already used by another commerce");
    assertThat(eventCount()).isEqualTo(events);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM unique_claim WHERE claim_value LIKE ?",
                Long.class,
                acme.id + ":%"))
        .as("only the existing commerce's external id and tax id")
        .isEqualTo(2);
  }

  @Test
  void aSyncHoldsOneToAThousandItems() {
    sync(acme.admin).assertError(400, "Bad Request");
    assertThat(acme.admin.post("/api/commerces/sync", Map.of()).json().path("message").asText())
        .isEqualTo("items: must not be null");
    Object[] tooMany =
        IntStream.range(0, 1001)
            .mapToObj(i -> Map.of("external_id", "e" + i, "name", "n"))
            .toArray();
    ApiResponse refused = sync(acme.admin, tooMany).assertError(400, "Bad Request");
    assertThat(refused.json().path("message").asText())
        .isEqualTo("items: size must be between 1 and 1000");
  }

  @Test
  void syncingNeedsSyncCommercesNotJustManageCommerces() {
    ApiClient manager = keyWith(List.of("MANAGE_COMMERCES"));
    ApiClient syncer = keyWith(List.of("SYNC_COMMERCES", "MANAGE_COMMERCES"));

    sync(manager, item("ext-1", "Rosa", null)).assertError(403, "Forbidden");
    assertThat(sync(syncer, item("ext-1", "Rosa", null)).status()).isEqualTo(201);
    assertThat(syncer.get("/api/commerces").json().path("meta").path("total").asInt()).isEqualTo(1);
  }

  @Test
  void concurrentSyncsOfOneNewExternalIdCreateItOnce() throws Exception {
    var pool = Executors.newFixedThreadPool(6);
    List<ApiResponse> responses = new ArrayList<>();
    try {
      var calls =
          IntStream.range(0, 6)
              .mapToObj(
                  i ->
                      (Callable<ApiResponse>)
                          () -> sync(acme.admin, item("race", "Rosa " + i, null)))
              .toList();
      for (var result : pool.invokeAll(calls)) {
        responses.add(result.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(responses)
        .extracting(ApiResponse::status)
        .as("a 409 is a sync that lost the race for the claim; a later one updates instead")
        .allMatch(status -> status == 201 || status == 409);
    assertThat(responses.stream().filter(r -> r.status() == 201))
        .extracting(r -> r.json().path("created").asInt())
        .as("one sync registered it, any later one updated it")
        .containsOnlyOnce(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM rm_commerce WHERE external_id = 'race'", Long.class))
        .isEqualTo(1);
  }

  private ApiClient keyWith(List<String> permissions) {
    String key =
        acme.admin
            .post("/api/api-keys", Map.of("name", "erp", "permissions", permissions))
            .json()
            .path("plaintextKey")
            .asText();
    return api.withHeader("x-api-key", key);
  }

  private static ApiResponse sync(ApiClient client, Object... items) {
    return client.post("/api/commerces/sync", Map.of("items", List.of(items)));
  }

  /** A commerce with one primary address and one OWNER, who has an e-mail and a phone. */
  private static Map<String, Object> item(String externalId, String name, String taxId) {
    List<Map<String, Object>> contacts = new ArrayList<>();
    contacts.add(contact("EMAIL", "Ana@Rosa.cl"));
    contacts.add(contact("PHONE", "+56912345678"));
    Map<String, Object> user = new HashMap<>();
    user.put("external_id", "u-" + externalId);
    user.put("name", "Ana Díaz Soto");
    user.put("roles", List.of("OWNER"));
    user.put("contacts", contacts);
    Map<String, Object> address = new HashMap<>();
    address.put("street", "Av. Providencia");
    address.put("city", "Santiago");
    address.put("country_code", "cl");
    address.put("is_primary", true);
    Map<String, Object> item = new HashMap<>();
    item.put("external_id", externalId);
    item.put("name", name);
    if (taxId != null) {
      item.put("tax_id", taxId);
    }
    item.put("addresses", new ArrayList<>(List.of(address)));
    item.put("users", new ArrayList<>(List.of(user)));
    return item;
  }

  private static Map<String, Object> contact(String type, String value) {
    Map<String, Object> contact = new HashMap<>();
    contact.put("contact_type", type);
    contact.put("value", value);
    contact.put("is_primary", true);
    return contact;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> user(Map<String, Object> item) {
    return ((List<Map<String, Object>>) item.get("users")).get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> contacts(Map<String, Object> item) {
    return (List<Map<String, Object>>) user(item).get("contacts");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> address(Map<String, Object> item) {
    return ((List<Map<String, Object>>) item.get("addresses")).get(0);
  }

  private long eventCount() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }
}
