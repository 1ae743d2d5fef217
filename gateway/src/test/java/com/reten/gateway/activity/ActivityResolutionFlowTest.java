package com.reten.gateway.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Target users, attributes, retry-resolution and resolve-by-hand over real HTTP. */
class ActivityResolutionFlowTest extends IntegrationTest {

  private ApiClient admin;
  private String commerce;

  @BeforeEach
  void tenantWithACommerceWithoutPeople() {
    admin = TestTenant.create(api, asRoot()).admin();
    commerce =
        created(
            admin.post(
                "/api/commerces",
                Map.of("name", "Almacén Rosa", "external_id", "R-1", "tax_id", "76.1-7")));
  }

  @Test
  void aTaskWithNoRepIsUnresolvedUntilARepIsAddedAndResolutionRetried() {
    String operator =
        created(admin.post("/api/operators", Map.of("type", "SALESMAN", "name", "Ana")));
    String route = created(admin.post("/api/routes", Map.of("name", "North")));
    admin.post("/api/routes/" + route + "/operators", Map.of("operatorId", operator));
    var task = body("t-1");
    task.put("assigned_route_id", route);
    task.put("assigned_operator_id", operator);

    ApiResponse created = admin.post("/api/activities/tasks", task);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(created.json().path("status").asText()).isEqualTo("UNRESOLVED");
    JsonNode events = statusEvents(id);
    assertThat(events).hasSize(2);
    assertThat(events.get(0).path("eventType").asText()).isEqualTo("CREATED");
    assertThat(events.get(0).path("fromStatus").isNull()).isTrue();
    assertThat(events.get(0).path("toStatus").asText()).isEqualTo("UNRESOLVED");
    assertThat(events.get(1).path("eventType").asText()).isEqualTo("RESOLUTION_FAILED");
    assertThat(events.get(1).path("toStatus").asText()).isEqualTo("UNRESOLVED");
    assertThat(events.get(1).path("errorCode").asText()).isEqualTo("TARGET_RESOLUTION_FAILED");
    assertThat(events.get(1).path("errorMessage").asText())
        .contains("no active COMMERCE_REP or OWNER to fall back to");
    JsonNode failed = targetUsers(id).get(0);
    assertThat(failed.path("resolutionStatus").asText()).isEqualTo("FAILED");
    assertThat(failed.path("resolutionStrategy").asText()).isEqualTo("ON_CREATION");
    assertThat(failed.path("commerceUserId").isNull()).isTrue();
    assertThat(failed.path("commerceUser").isNull()).isTrue();

    ApiResponse stillNobody = admin.patch("/api/activities/" + id + "/retry-resolution", null);
    assertThat(stillNobody.status()).as("%s", stillNobody).isEqualTo(200);
    assertThat(stillNobody.json().path("status").asText()).isEqualTo("UNRESOLVED");
    assertThat(statusEvents(id).get(2).path("eventType").asText())
        .isEqualTo("RESOLUTION_RETRY_FAILED");

    String rep =
        created(
            admin.post(
                "/api/commerces/" + commerce + "/users",
                Map.of("name", "Luis Soto Paz", "roles", List.of("COMMERCE_REP"))));
    String etag = admin.get("/api/activities/" + id).header("ETag");
    admin
        .withHeader("If-Match", "\"0\"")
        .patch("/api/activities/" + id + "/retry-resolution", null)
        .assertError(409, "Conflict");
    ApiResponse retried =
        admin
            .withHeader("If-Match", etag)
            .patch("/api/activities/" + id + "/retry-resolution", null);

    assertThat(retried.status()).as("%s", retried).isEqualTo(200);
    assertThat(retried.json().path("status").asText()).isEqualTo("READY");
    assertThat(retried.header("ETag")).isNotEqualTo(etag);
    JsonNode success = statusEvents(id).get(3);
    assertThat(success.path("eventType").asText()).isEqualTo("RESOLUTION_RETRY_SUCCESS");
    assertThat(success.path("fromStatus").asText()).isEqualTo("UNRESOLVED");
    assertThat(success.path("toStatus").asText()).isEqualTo("READY");
    JsonNode target = targetUsers(id).get(0);
    assertThat(target.path("id").asText()).isEqualTo(failed.path("id").asText());
    assertThat(target.path("commerceUserId").asText()).isEqualTo(rep);
    assertThat(target.path("commerceUser").path("firstName").asText()).isEqualTo("Luis");
    assertThat(target.path("commerceUser").path("lastName").asText()).isEqualTo("Soto Paz");
    assertThat(target.path("resolutionStatus").asText()).isEqualTo("RESOLVED");
    assertThat(target.path("lockReason").asText()).isEqualTo("CRITERIA_MATCH");
    assertThat(target.path("resolvedAt").isTextual()).isTrue();
    assertThat(target.path("lockedAt").isNull()).isTrue();
    admin
        .patch("/api/activities/" + id + "/retry-resolution", null)
        .assertError(400, "Bad Request");
  }

  @Test
  void aTargetResolvedByHandIsLockedAndMakesTheActivityReady() {
    String clerk = person(commerce, "Bo Li", "OTHER");
    String gone = person(commerce, "Old Hand", "OTHER");
    admin.patch("/api/commerces/" + commerce + "/users/" + gone, Map.of("is_active", false));
    String otherCommerce =
        created(admin.post("/api/commerces", Map.of("name", "Luna", "external_id", "L-1")));
    String stranger = person(otherCommerce, "Eve", "COMMERCE_REP");
    String id = created(admin.post("/api/activities", message("m-1")));
    String target = targetUsers(id).get(0).path("id").asText();
    String path = "/api/activities/" + id + "/target-users/" + target + "/resolve";

    admin.patch(path, Map.of("commerce_user_id", stranger)).assertError(404, "Not Found");
    admin
        .patch(path, Map.of("commerce_user_id", UUID.randomUUID().toString()))
        .assertError(404, "Not Found");
    admin.patch(path, Map.of("commerce_user_id", gone)).assertError(400, "Bad Request");
    admin.patch(path, Map.of()).assertError(400, "Bad Request");
    admin.patch(path, Map.of("commerce_user_id", "nope")).assertError(400, "Bad Request");
    admin
        .patch(
            "/api/activities/" + id + "/target-users/" + UUID.randomUUID() + "/resolve",
            Map.of("commerce_user_id", clerk))
        .assertError(404, "Not Found");
    String etag = admin.get("/api/activities/" + id).header("ETag");
    admin
        .withHeader("If-Match", "\"99\"")
        .patch(path, Map.of("commerce_user_id", clerk))
        .assertError(409, "Conflict");

    ApiResponse resolved =
        admin.withHeader("If-Match", etag).patch(path, Map.of("commerceUserId", clerk));

    assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);
    JsonNode locked = resolved.json();
    assertThat(locked.path("id").asText()).isEqualTo(target);
    assertThat(locked.path("commerceUserId").asText()).isEqualTo(clerk);
    assertThat(locked.path("commerceUser").path("firstName").asText()).isEqualTo("Bo");
    assertThat(locked.path("resolutionStatus").asText()).isEqualTo("LOCKED");
    assertThat(locked.path("lockReason").asText()).isEqualTo("MANUAL_ASSIGNMENT");
    assertThat(locked.path("lockedAt").asText()).isEqualTo(locked.path("resolvedAt").asText());
    assertThat(resolved.header("ETag"))
        .isEqualTo(admin.get("/api/activities/" + id).header("ETag"));
    assertThat(admin.get("/api/activities/" + id).json().path("status").asText())
        .isEqualTo("READY");
    assertThat(statusEvents(id).findValuesAsText("eventType"))
        .containsExactly("CREATED", "RESOLUTION_FAILED", "RESOLUTION_RETRY_SUCCESS");
    admin.patch(path, Map.of("commerce_user_id", clerk)).assertError(400, "Bad Request");
  }

  @Test
  void requestCriteriaAndAttributesAreResolvedAtCreation() {
    admin.post(
        "/api/commerces/" + commerce + "/addresses",
        Map.of(
            "source",
            "RETEN",
            "street",
            "Av. Providencia",
            "city",
            "Santiago",
            "is_primary",
            true));
    String owner = person(commerce, "Ana Diaz", "OWNER");
    person(commerce, "Luis Soto", "COMMERCE_REP");
    var body = message("a-1");
    body.put(
        "targetCriteria", List.of(Map.of("type", "ROLE_MATCH", "config", Map.of("role", "owner"))));
    body.put("attribute_keys", List.of("commerce_info"));
    body.put(
        "attributes",
        List.of(
            Map.of("key", "promotions", "value", Map.of("code", "2x1", "until", "2026-12-31")),
            Map.of("key", "last_result", "fallback", "none yet")));

    ApiResponse created = admin.post("/api/activities", body);

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.json().path("status").asText()).isEqualTo("READY");
    String id = created.json().path("id").asText();
    JsonNode targets = targetUsers(id);
    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).path("commerceUserId").asText()).isEqualTo(owner);
    assertThat(targets.get(0).path("lockReason").asText()).isEqualTo("CRITERIA_MATCH");
    JsonNode attributes = admin.get("/api/activities/" + id + "/attributes").json();
    assertThat(attributes.findValuesAsText("key"))
        .containsExactly("commerce_info", "promotions", "last_result");
    JsonNode info = attributes.get(0);
    assertThat(info.path("resolutionStatus").asText()).isEqualTo("RESOLVED");
    assertThat(info.path("resolverType").asText()).isEqualTo("INTERNAL_SERVICE");
    assertThat(info.path("activityId").asText()).isEqualTo(id);
    assertThat(info.path("attributeKeyId").asText()).isNotBlank();
    assertThat(info.path("value").path("name").asText()).isEqualTo("Almacén Rosa");
    assertThat(info.path("value").path("taxId").asText()).isEqualTo("76.1-7");
    assertThat(info.path("value").path("primaryAddress").path("street").asText())
        .isEqualTo("Av. Providencia");
    assertThat(info.path("createdAt").asText()).isEqualTo(info.path("updatedAt").asText());
    JsonNode promotions = attributes.get(1);
    assertThat(promotions.path("resolverType").asText()).isEqualTo("CALLER_PROVIDED");
    assertThat(promotions.path("value").path("code").asText()).isEqualTo("2x1");
    JsonNode lastResult = attributes.get(2);
    assertThat(lastResult.path("resolutionStatus").asText()).isEqualTo("FALLBACK");
    assertThat(lastResult.path("value").asText()).isEqualTo("none yet");
    assertThat(lastResult.path("errorMessage").asText())
        .isEqualTo("no result has been recorded on this commerce");
  }

  @Test
  void anAttributeRetenCannotResolveMakesTheActivityUnresolved() {
    person(commerce, "Luis Soto", "COMMERCE_REP");
    var body = message("p-1");
    body.put("attribute_keys", List.of("promotions"));

    ApiResponse created = admin.post("/api/activities", body);

    assertThat(created.json().path("status").asText()).isEqualTo("UNRESOLVED");
    String id = created.json().path("id").asText();
    JsonNode failed = statusEvents(id).get(1);
    assertThat(failed.path("errorCode").asText()).isEqualTo("ATTRIBUTE_RESOLUTION_FAILED");
    assertThat(failed.path("errorMessage").asText())
        .isEqualTo("attribute promotions FAILED: Reten has no internal source for promotions");
    JsonNode attribute = admin.get("/api/activities/" + id + "/attributes").json().get(0);
    assertThat(attribute.path("resolutionStatus").asText()).isEqualTo("FAILED");
    assertThat(attribute.path("value").isNull()).isTrue();
    assertThat(
            admin
                .patch("/api/activities/" + id + "/retry-resolution", null)
                .json()
                .path("status")
                .asText())
        .isEqualTo("UNRESOLVED");
  }

  @Test
  void badCriteriaOrKeysAreBadRequestsThatCreateNothing() {
    List<Map<String, Object>> bad =
        List.of(
            Map.of("attribute_keys", List.of("weather")),
            Map.of("attribute_keys", "commerce_info"),
            Map.of("attributes", List.of(Map.of("value", 1))),
            Map.of(
                "attributes",
                List.of(
                    Map.of("key", "promotions", "value", 1),
                    Map.of("key", "promotions", "value", 2))),
            Map.of(
                "target_criteria",
                List.of(Map.of("type", "ROLE_MATCH", "config", Map.of("role", "BOSS")))),
            Map.of("target_criteria", List.of(Map.of("type", "ROLE_MATCH"))),
            Map.of("target_criteria", List.of(Map.of("config", Map.of()))),
            Map.of("target_criteria", List.of(Map.of("type", "NEAREST"))),
            Map.of(
                "target_criteria",
                List.of(Map.of("type", "LAST_CONTACTED_ALL_CHANNELS", "priority", "high"))));
    int n = 0;
    for (Map<String, Object> extra : bad) {
      var body = message("bad-" + n++);
      body.putAll(extra);
      admin.post("/api/activities", body).assertError(400, "Bad Request");
    }
    ApiResponse unknownKey = admin.post("/api/activities", withKeys("bad-x", "weather"));
    assertThat(unknownKey.json().path("message").asText())
        .startsWith("attribute_keys[0]: unknown attribute key 'weather'");
    assertThat(admin.get("/api/activities").json().path("meta").path("total").asInt()).isZero();
  }

  @Test
  void anotherTenantSeesNoneOfIt() {
    String id = created(admin.post("/api/activities", message("o-1")));
    String target = targetUsers(id).get(0).path("id").asText();
    ApiClient stranger = TestTenant.create(api, asRoot()).admin();

    stranger.get("/api/activities/" + id + "/target-users").assertError(404, "Not Found");
    stranger.get("/api/activities/" + id + "/attributes").assertError(404, "Not Found");
    stranger
        .patch("/api/activities/" + id + "/retry-resolution", null)
        .assertError(404, "Not Found");
    stranger
        .patch(
            "/api/activities/" + id + "/target-users/" + target + "/resolve",
            Map.of("commerce_user_id", UUID.randomUUID().toString()))
        .assertError(404, "Not Found");
    admin
        .get("/api/activities/" + UUID.randomUUID() + "/target-users")
        .assertError(404, "Not Found");
    admin
        .patch("/api/activities/" + UUID.randomUUID() + "/retry-resolution", null)
        .assertError(404, "Not Found");
  }

  private JsonNode statusEvents(String id) {
    return admin.get("/api/activities/" + id + "/status-events").json();
  }

  private JsonNode targetUsers(String id) {
    ApiResponse response = admin.get("/api/activities/" + id + "/target-users");
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private String person(String commerceId, String name, String role) {
    return created(
        admin.post(
            "/api/commerces/" + commerceId + "/users",
            Map.of("name", name, "roles", List.of(role))));
  }

  private Map<String, Object> withKeys(String key, String... attributeKeys) {
    var body = message(key);
    body.put("attribute_keys", List.of(attributeKeys));
    return body;
  }

  private Map<String, Object> message(String key) {
    var body = body(key);
    body.put("type", "MESSAGE");
    body.put("channel", "WHATSAPP");
    return body;
  }

  private Map<String, Object> body(String key) {
    Map<String, Object> body = new HashMap<>();
    body.put("reason", "Low stock");
    body.put("channel", "SALESMAN");
    body.put("commerce_id", commerce);
    body.put("idempotency_key", key);
    body.put("scheduled_at", "2026-12-01T10:00:00Z");
    return body;
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
