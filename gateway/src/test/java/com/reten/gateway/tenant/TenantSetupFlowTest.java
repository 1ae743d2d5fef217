package com.reten.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.Tenants;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Setup → sign in as the new admin → list their tenants, and the rules around it. */
class TenantSetupFlowTest extends IntegrationTest {

  @Test
  void aNewTenantsAdminCanSignInAndSeeIt() {
    ApiResponse created =
        asRoot().post("/api/tenant/setup", Tenants.setupBody("acme", "ana@acme.test"));

    assertThat(created.status()).isEqualTo(201);
    String tenantId = created.json().path("id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/tenant/" + tenantId);
    assertThat(created.json().path("slug").asText()).isEqualTo("acme");

    ApiClient admin = api.signIn("ana@acme.test", Tenants.ADMIN_PASSWORD);
    ApiResponse mine = admin.get("/api/tenant/mine");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json()).hasSize(1);
    assertThat(mine.json().get(0).path("id").asText()).isEqualTo(tenantId);
    assertThat(mine.json().get(0).path("name").asText()).isEqualTo("Tenant acme");
    assertThat(mine.json().get(0).path("createdAt").asText())
        .isEqualTo(created.json().path("createdAt").asText());

    JsonNode me = admin.inTenant(tenantId).get("/api/auth/me").json();
    assertThat(me.path("email").asText()).isEqualTo("ana@acme.test");
    assertThat(me.path("roles").toString()).isEqualTo("[\"ADMIN\"]");
    assertThat(me.path("tenantIds").toString()).isEqualTo("[\"" + tenantId + "\"]");
  }

  @Test
  void camelCaseBodiesAreAcceptedToo() {
    ApiResponse created =
        asRoot()
            .post(
                "/api/tenant/setup",
                Map.of(
                    "name", "Camel",
                    "slug", "camel-co",
                    "adminEmail", "camel@acme.test",
                    "adminPassword", Tenants.ADMIN_PASSWORD,
                    "adminFirstName", "Cam",
                    "adminLastName", "El"));

    assertThat(created.status()).isEqualTo(201);
    api.signIn("camel@acme.test", Tenants.ADMIN_PASSWORD);
  }

  @Test
  void anExistingUserIsLinkedWithTheirPasswordUnchanged() {
    ApiClient root = asRoot();
    root.post("/api/tenant/setup", Tenants.setupBody("first-co", "multi@acme.test"));
    var second =
        Map.of(
            "name", "Second",
            "slug", "second-co",
            "admin_email", "MULTI@acme.test",
            "admin_password", "another-password-2",
            "admin_first_name", "X",
            "admin_last_name", "Y");

    assertThat(root.post("/api/tenant/setup", second).status()).isEqualTo(201);

    assertThat(api.login("multi@acme.test", "another-password-2").status()).isEqualTo(401);
    ApiClient admin = api.signIn("multi@acme.test", Tenants.ADMIN_PASSWORD);
    assertThat(admin.get("/api/tenant/mine").json())
        .extracting(node -> node.path("slug").asText())
        .containsExactly("first-co", "second-co");
  }

  @Test
  void aTakenSlugIsAConflictAndChangesNothing() {
    ApiClient root = asRoot();
    root.post("/api/tenant/setup", Tenants.setupBody("taken", "owner@acme.test"));
    long events = eventCount();

    root.post("/api/tenant/setup", Tenants.setupBody("taken", "intruder@acme.test"))
        .assertError(409, "Conflict");

    assertThat(eventCount()).isEqualTo(events);
    assertThat(api.login("intruder@acme.test", Tenants.ADMIN_PASSWORD).status()).isEqualTo(401);
  }

  @Test
  void invalidFieldsAreA400NamingEachFieldAndChangeNothing() {
    ApiClient root = asRoot();
    long events = eventCount();
    var invalid =
        Map.of(
            "name", "",
            "slug", "Not A Slug",
            "admin_email", "not-an-email",
            "admin_password", "short",
            "admin_first_name", "A",
            "admin_last_name", "B");

    ApiResponse response = root.post("/api/tenant/setup", invalid).assertError(400, "Bad Request");

    assertThat(response.json().path("details"))
        .extracting(detail -> detail.path("field").asText())
        .contains("name", "slug", "admin_email", "admin_password");
    assertThat(eventCount()).isEqualTo(events);
  }

  @Test
  void onlySuperAdminsSetUpAndRenameTenants() {
    ApiClient root = asRoot();
    String tenantId =
        root.post("/api/tenant/setup", Tenants.setupBody("rename-me", "boss@acme.test"))
            .json()
            .path("id")
            .asText();
    ApiClient admin = api.signIn("boss@acme.test", Tenants.ADMIN_PASSWORD);

    admin
        .post("/api/tenant/setup", Tenants.setupBody("by-admin", "x@acme.test"))
        .assertError(403, "Forbidden");
    admin.patch("/api/tenant/" + tenantId, Map.of("name", "Nope")).assertError(403, "Forbidden");

    ApiResponse renamed = root.patch("/api/tenant/" + tenantId, Map.of("name", "Renamed"));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().path("name").asText()).isEqualTo("Renamed");
    assertThat(admin.get("/api/tenant/" + tenantId).json().path("name").asText())
        .isEqualTo("Renamed");
    root.patch("/api/tenant/" + UUID.randomUUID(), Map.of("name", "Ghost"))
        .assertError(404, "Not Found");
  }

  @Test
  void adminsSeeOnlyTheirOwnTenantsAndSuperAdminsSeeAll() {
    ApiClient root = asRoot();
    root.post("/api/tenant/setup", Tenants.setupBody("alpha", "alpha@acme.test"));
    String beta =
        root.post("/api/tenant/setup", Tenants.setupBody("beta", "beta@acme.test"))
            .json()
            .path("id")
            .asText();
    ApiClient alphaAdmin = api.signIn("alpha@acme.test", Tenants.ADMIN_PASSWORD);

    assertThat(alphaAdmin.get("/api/tenant").json())
        .extracting(node -> node.path("slug").asText())
        .containsExactly("alpha");
    alphaAdmin.get("/api/tenant/" + beta).assertError(404, "Not Found");
    assertThat(root.get("/api/tenant").json())
        .extracting(node -> node.path("slug").asText())
        .contains("alpha", "beta");
  }

  @Test
  void concurrentSetupsWithOneSlugCreateExactlyOneTenant() throws Exception {
    ApiClient root = asRoot();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var results =
          pool.invokeAll(
              java.util.stream.IntStream.range(0, 8)
                  .mapToObj(
                      i ->
                          (java.util.concurrent.Callable<Integer>)
                              () ->
                                  root.post(
                                          "/api/tenant/setup",
                                          Tenants.setupBody("race", "racer" + i + "@acme.test"))
                                      .status())
                  .toList());
      var statuses = new java.util.ArrayList<Integer>();
      for (var result : results) {
        statuses.add(result.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            jdbc.queryForObject("SELECT count(*) FROM rm_tenant WHERE slug = 'race'", Long.class))
        .isEqualTo(1);
  }

  @Test
  void aTenantCarriesItsVersionAsETagAndAStaleIfMatchIsAConflict() {
    ApiClient root = asRoot();
    String id = Tenants.create(root, "versioned", "versioned@acme.test");
    ApiResponse first = root.get("/api/tenant/" + id);
    assertThat(first.header("ETag")).isEqualTo("\"0\"");

    ApiResponse renamed =
        root.withHeader("If-Match", "\"0\"").patch("/api/tenant/" + id, Map.of("name", "V1"));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.header("ETag")).isEqualTo("\"1\"");

    root.withHeader("If-Match", "\"0\"")
        .patch("/api/tenant/" + id, Map.of("name", "V2"))
        .assertError(409, "Conflict");
    assertThat(root.get("/api/tenant/" + id).json().path("name").asText()).isEqualTo("V1");
    root.withHeader("If-Match", "zero")
        .patch("/api/tenant/" + id, Map.of("name", "V3"))
        .assertError(400, "Bad Request");
  }

  private long eventCount() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }
}
