package com.reten.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.Tenants;
import com.reten.gateway.support.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API keys as a tenant admin and an integrator use them, over real HTTP. */
class ApiKeyFlowTest extends IntegrationTest {

  private ApiClient root;
  private String tenant;
  private String otherTenant;
  private ApiClient admin;

  @BeforeEach
  void tenantWithAdmin() {
    root = asRoot();
    String run = UUID.randomUUID().toString().substring(0, 8);
    tenant = Tenants.create(root, "keys-" + run, "admin@keys-" + run + ".test");
    otherTenant = Tenants.create(root, "other-" + run, "admin@other-" + run + ".test");
    admin = api.signIn("admin@keys-" + run + ".test", Tenants.ADMIN_PASSWORD).inTenant(tenant);
  }

  @Test
  void anAdminsKeyDoesWhatItMayAndStopsWhenRevoked() {
    JsonNode key = create(admin, List.of("view_activities", "MANAGE_API_KEYS"), null);
    ApiClient integrator = api.withHeader("x-api-key", key.path("plaintextKey").asText());

    assertThat(integrator.get("/api/test-probe/tenant-view").status()).isEqualTo(200);
    assertThat(integrator.get("/api/api-keys").status()).isEqualTo(200);
    integrator.get("/api/user/tenant-users").assertError(403, "Forbidden");
    integrator.get("/api/integration/test-probe").assertError(403, "Forbidden");
    integrator
        .inTenant(otherTenant)
        .get("/api/test-probe/tenant-view")
        .assertError(403, "Forbidden");

    String id = key.path("id").asText();
    awaitUseRecorded(id);
    ApiResponse revoked = admin.post("/api/api-keys/" + id + "/revoke", null);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().path("message").asText()).isEqualTo("API key revoked successfully");
    integrator.get("/api/test-probe/tenant-view").assertError(401, "Unauthorized");

    String adminId = admin.get("/api/auth/me").json().path("id").asText();
    assertThat(actorsOf(id))
        .containsExactly(
            "ApiKeyCreatedEvent USER " + adminId,
            "ApiKeyUsedEvent API_KEY " + id,
            "ApiKeyRevokedEvent USER " + adminId);
  }

  @Test
  void theKeyIsShownOnceInItsDocumentedFormatAndOnlyItsHashIsStored() {
    ApiResponse created =
        admin.post(
            "/api/api-keys", Map.of("name", "ERP", "permissions", List.of("VIEW_ACTIVITIES")));

    assertThat(created.status()).isEqualTo(201);
    JsonNode body = created.json();
    String plaintext = body.path("plaintextKey").asText();
    assertThat(plaintext).matches("^rtn_sk_[0-9a-f]{56}$");
    assertThat(body.path("key").asText()).isEqualTo(plaintext);
    assertThat(body.path("keyPrefix").asText()).isEqualTo(plaintext.substring(0, 15));
    assertThat(body.path("isActive").asBoolean()).isTrue();
    assertThat(body.path("tenantId").asText()).isEqualTo(tenant);
    assertThat(created.header("Location")).isEqualTo("/api/api-keys/" + body.path("id").asText());

    JsonNode listed = admin.get("/api/api-keys").json();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).has("plaintextKey")).isFalse();
    assertThat(listed.get(0).has("key")).isFalse();
    assertThat(listed.get(0).path("permissions").toString()).isEqualTo("[\"VIEW_ACTIVITIES\"]");
    assertThat(storedText()).noneMatch(text -> text.contains(plaintext.substring(7)));
  }

  @Test
  void invalidRequestsAreA400AndIssueNothing() {
    var cases =
        List.of(
            Map.of("name", "x", "permissions", List.of("DELETE_USER")),
            Map.of("name", "x", "permissions", List.of()),
            Map.of("name", "x", "permissions", List.of("NOT_A_PERMISSION")),
            Map.of("name", "", "permissions", List.of("VIEW_ACTIVITIES")),
            Map.of(
                "name", "x",
                "permissions", List.of("VIEW_ACTIVITIES"),
                "expires_at", Instant.now().minusSeconds(60).toString()));
    for (var body : cases) {
      admin.post("/api/api-keys", body).assertError(400, "Bad Request");
    }
    assertThat(admin.get("/api/api-keys").json()).isEmpty();
  }

  @Test
  void malformedUnknownAndExpiredKeysAllGetTheSame401() {
    JsonNode shortLived =
        create(admin, List.of("VIEW_ACTIVITIES"), Instant.now().plusSeconds(2).toString());
    String expiring = shortLived.path("plaintextKey").asText();
    assertThat(probeWith(expiring).status()).isEqualTo(200);

    ApiResponse malformed = probeWith("rtn_sk_nothex").assertError(401, "Unauthorized");
    ApiResponse unknown = probeWith("rtn_sk_" + "0".repeat(56)).assertError(401, "Unauthorized");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(probeWith(expiring).status()).isEqualTo(401));
    assertThat(malformed.json()).isEqualTo(unknown.json()).isEqualTo(probeWith(expiring).json());
  }

  @Test
  void integrationRoutesTakeKeysOnlyAndKeysTakeTenantRoutesOnly() {
    String key =
        create(admin, List.of("SUBMIT_ACTIVITY_RESULT"), null).path("plaintextKey").asText();
    ApiClient integrator = api.withHeader("x-api-key", key);

    ApiResponse viaKey = integrator.get("/api/integration/test-probe");
    assertThat(viaKey.status()).isEqualTo(200);
    assertThat(viaKey.json().path("actorType").asText()).isEqualTo("API_KEY");
    admin.get("/api/integration/test-probe").assertError(401, "Unauthorized");
    integrator.get("/api/tenant").assertError(403, "Forbidden");
    integrator.get("/api/auth/me").assertError(403, "Forbidden");
  }

  @Test
  void onlyTheCreatorRevokesAndOnlyOnce() {
    String rootsKey =
        create(root.inTenant(tenant), List.of("VIEW_ACTIVITIES"), null).path("id").asText();
    String adminsKey = create(admin, List.of("VIEW_ACTIVITIES"), null).path("id").asText();

    admin.post("/api/api-keys/" + rootsKey + "/revoke", null).assertError(403, "Forbidden");
    assertThat(admin.post("/api/api-keys/" + adminsKey + "/revoke", null).status()).isEqualTo(200);
    admin.post("/api/api-keys/" + adminsKey + "/revoke", null).assertError(400, "Bad Request");
    admin
        .post("/api/api-keys/" + UUID.randomUUID() + "/revoke", null)
        .assertError(404, "Not Found");
    root.inTenant(otherTenant)
        .post("/api/api-keys/" + adminsKey + "/revoke", null)
        .assertError(404, "Not Found");
    root.inTenant(otherTenant).get("/api/api-keys/" + adminsKey).assertError(404, "Not Found");
  }

  @Test
  void useIsRecordedAsLastUsedAt() {
    JsonNode key = create(admin, List.of("VIEW_ACTIVITIES"), null);
    assertThat(key.path("lastUsedAt").isNull()).isTrue();

    probeWith(key.path("plaintextKey").asText());

    awaitUseRecorded(key.path("id").asText());
  }

  /** Use is recorded asynchronously, so that it never slows the request down. */
  private void awaitUseRecorded(String keyId) {
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(admin.get("/api/api-keys/" + keyId).json().path("lastUsedAt").isNull())
                    .isFalse());
  }

  @Test
  void aKeyLosesWhatItsCreatorLosesAndStopsWhenTheCreatorLeaves() {
    TestTenant team = TestTenant.create(api, root);
    String managerId = team.addMember("manager", "ADMIN");
    ApiClient manager = team.signIn("manager");
    String key =
        create(manager, List.of("MANAGE_API_KEYS", "VIEW_ACTIVITIES"), null)
            .path("plaintextKey")
            .asText();
    ApiClient integrator = api.withHeader("x-api-key", key);
    assertThat(integrator.get("/api/api-keys").status()).isEqualTo(200);

    ApiResponse demoted =
        team.root()
            .send("PUT", "/api/user/" + managerId + "/roles", Map.of("roles", List.of("FDE")));
    assertThat(demoted.status()).isEqualTo(200);

    integrator.get("/api/api-keys").assertError(403, "Forbidden");
    assertThat(integrator.get("/api/test-probe/tenant-view").status()).isEqualTo(200);

    assertThat(team.root().send("DELETE", "/api/user/" + managerId, null).status()).isEqualTo(204);

    integrator.get("/api/test-probe/tenant-view").assertError(401, "Unauthorized");
  }

  private ApiResponse probeWith(String key) {
    return api.withHeader("x-api-key", key).get("/api/test-probe/tenant-view");
  }

  private JsonNode create(ApiClient creator, List<String> permissions, String expiresAt) {
    var body = new java.util.HashMap<String, Object>();
    body.put("name", "integration");
    body.put("permissions", permissions);
    if (expiresAt != null) {
      body.put("expiresAt", expiresAt);
    }
    ApiResponse created = creator.post("/api/api-keys", body);
    assertThat(created.status()).as("key creation: %s", created).isEqualTo(201);
    return created.json();
  }

  private List<String> actorsOf(String aggregateId) {
    return jdbc.queryForList(
        "SELECT substring(payload_type from '[A-Za-z]+$') || ' '"
            + " || (convert_from(meta_data, 'UTF8')::jsonb ->> 'actorType') || ' '"
            + " || (convert_from(meta_data, 'UTF8')::jsonb ->> 'actorId')"
            + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
        String.class,
        aggregateId);
  }

  private List<String> storedText() {
    List<String> text =
        new java.util.ArrayList<>(
            jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') || convert_from(meta_data, 'UTF8')"
                    + " FROM domain_event_entry",
                String.class));
    text.addAll(jdbc.queryForList("SELECT rm_api_key::text FROM rm_api_key", String.class));
    return text;
  }
}
