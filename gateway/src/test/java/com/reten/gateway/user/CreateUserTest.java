package com.reten.gateway.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/user: new users, linked existing users, and who may grant what. */
class CreateUserTest extends IntegrationTest {

  private TestTenant acme;
  private ApiClient admin;

  @BeforeEach
  void tenant() {
    acme = TestTenant.create(api, asRoot());
    admin = acme.admin();
  }

  @Test
  void anAdminCreatesAnFdeWhoCanSignInAndWork() {
    ApiResponse created =
        admin.post("/api/user", TestTenant.userBody(acme.email("new"), "FDE", "VIEWER"));

    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/user/" + id);
    assertThat(created.json().path("email").asText()).isEqualTo(acme.email("new"));
    assertThat(created.json().path("lastName").asText()).isEqualTo("Lopez");
    assertThat(created.json().path("roles").toString()).isEqualTo("[\"FDE\",\"VIEWER\"]");
    assertThat(created.json().has("password")).isFalse();
    assertThat(admin.get("/api/user/" + id).json()).isEqualTo(created.json());
    ApiClient fde = acme.signIn("new");
    assertThat(fde.get("/api/auth/me").json().path("roles").toString())
        .isEqualTo("[\"FDE\",\"VIEWER\"]");
    assertThat(fde.get("/api/user/tenant-users").status()).isEqualTo(200);
  }

  @Test
  void camelCaseFieldsAndLowercaseRolesAreAccepted() {
    var body =
        Map.of(
            "email",
            acme.email("camel"),
            "password",
            TestTenant.MEMBER_PASSWORD,
            "firstName",
            "Cam",
            "lastName",
            "El",
            "roles",
            List.of("viewer"));

    ApiResponse created = admin.post("/api/user", body);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("roles").toString()).isEqualTo("[\"VIEWER\"]");
  }

  @Test
  void anExistingEmailIsLinkedWithItsPasswordAndNameUnchanged() {
    TestTenant globex = TestTenant.create(api, asRoot());
    String existing = globex.addMember("shared", "ADMIN");
    var body =
        Map.of(
            "email", globex.email("SHARED").toUpperCase(),
            "password", "another-password-2",
            "first_name", "Other",
            "last_name", "Name",
            "roles", List.of("VIEWER"));

    ApiResponse linked = admin.post("/api/user", body);

    assertThat(linked.status()).isEqualTo(201);
    assertThat(linked.json().path("id").asText()).isEqualTo(existing);
    assertThat(linked.json().path("firstName").asText()).isEqualTo("Mia");
    assertThat(api.login(globex.email("shared"), "another-password-2").status()).isEqualTo(401);
    ApiClient shared = globex.signIn("shared");
    assertThat(shared.inTenant(acme.id()).get("/api/auth/me").json().path("roles").toString())
        .isEqualTo("[\"VIEWER\"]");
    admin.post("/api/user", body).assertError(409, "Conflict");
  }

  @Test
  void grantingARoleNotBelowTheCallersIs403AndLeavesNothingBehind() {
    long events = eventCount();

    admin
        .post("/api/user", TestTenant.userBody(acme.email("peer"), "ADMIN"))
        .assertError(403, "Forbidden");
    admin
        .post("/api/user", TestTenant.userBody(acme.email("peer"), "SUPER_ADMIN"))
        .assertError(403, "Forbidden");

    assertThat(eventCount()).isEqualTo(events);
    assertThat(api.login(acme.email("peer"), TestTenant.MEMBER_PASSWORD).status()).isEqualTo(401);
    assertThat(admin.post("/api/user", TestTenant.userBody(acme.email("peer"), "FDE")).status())
        .isEqualTo(201);
    assertThat(
            acme.root().post("/api/user", TestTenant.userBody(acme.email("adm"), "ADMIN")).status())
        .isEqualTo(201);
  }

  @Test
  void membersWithoutCreateUserOtherTenantsAndNoTokenAreRefused() {
    var body = TestTenant.userBody(acme.email("x"), "VIEWER");

    acme.member("fde", "FDE").post("/api/user", body).assertError(403, "Forbidden");
    acme.member("viewer", "VIEWER").post("/api/user", body).assertError(403, "Forbidden");
    TestTenant globex = TestTenant.create(api, asRoot());
    admin.inTenant(globex.id()).post("/api/user", body).assertError(403, "Forbidden");
    api.inTenant(acme.id()).post("/api/user", body).assertError(401, "Unauthorized");
  }

  @Test
  void invalidFieldsAreA400NamingEachField() {
    var invalid =
        Map.of(
            "email", "not-an-email",
            "password", "short",
            "first_name", "",
            "roles", List.of());

    ApiResponse response = admin.post("/api/user", invalid).assertError(400, "Bad Request");

    assertThat(response.json().path("details"))
        .extracting(detail -> detail.path("field").asText())
        .contains("email", "password", "first_name", "last_name", "roles");
    ApiResponse unknownRole =
        admin
            .post("/api/user", TestTenant.userBody(acme.email("x"), "VIEWER", "OWNER"))
            .assertError(400, "Bad Request");
    assertThat(unknownRole.json().path("details").get(0).path("field").asText())
        .isEqualTo("roles[1]");
  }

  @Test
  void aSuperAdminCannotAddMembersToATenantThatDoesNotExist() {
    String userId = acme.addMember("someone", "VIEWER");
    var body = TestTenant.userBody(acme.email("x"), "VIEWER");

    asRoot().inTenant(UUID.randomUUID()).post("/api/user", body).assertError(404, "Not Found");
    asRoot().inTenant(userId).post("/api/user", body).assertError(404, "Not Found");
    assertThat(api.login(acme.email("x"), TestTenant.MEMBER_PASSWORD).status()).isEqualTo(401);
  }

  private long eventCount() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }
}
