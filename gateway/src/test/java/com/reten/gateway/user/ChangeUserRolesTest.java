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

/** PUT /api/user/{id}/roles: replacing a member's roles under the strict hierarchy. */
class ChangeUserRolesTest extends IntegrationTest {

  private TestTenant acme;
  private ApiClient admin;

  @BeforeEach
  void tenant() {
    acme = TestTenant.create(api, asRoot());
    admin = acme.admin();
  }

  @Test
  void anAdminReplacesAnFdesRolesAndTheMemberHoldsThemAtOnce() {
    String id = acme.addMember("fde", "FDE");

    ApiResponse changed = put(admin, id, "VIEWER");

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().toString())
        .isEqualTo("{\"id\":\"" + id + "\",\"roles\":[\"VIEWER\"]}");
    assertThat(admin.get("/api/user/" + id).json().path("roles").toString())
        .isEqualTo("[\"VIEWER\"]");
    acme.signIn("fde").get("/api/user/tenant-users").assertError(403, "Forbidden");
  }

  @Test
  void aSuperAdminPromotesToAdmin() {
    String id = acme.addMember("fde", "FDE");

    assertThat(put(acme.root(), id, "ADMIN").json().path("roles").toString())
        .isEqualTo("[\"ADMIN\"]");
  }

  @Test
  void aPeerOrAGrantNotBelowTheCallerIs403() {
    String peer = acme.addMember("peer", "ADMIN");
    String fde = acme.addMember("fde", "FDE");

    put(admin, peer, "VIEWER").assertError(403, "Forbidden");
    put(admin, fde, "ADMIN").assertError(403, "Forbidden");
    put(admin, fde, "SUPER_ADMIN").assertError(403, "Forbidden");
    assertThat(admin.get("/api/user/" + fde).json().path("roles").toString())
        .isEqualTo("[\"FDE\"]");
  }

  @Test
  void aUserOutsideTheTenantIs404AlikeWhetherOrNotTheyExist() {
    TestTenant globex = TestTenant.create(api, asRoot());
    String foreign = globex.addMember("foreign", "VIEWER");

    ApiResponse elsewhere = put(admin, foreign, "VIEWER").assertError(404, "Not Found");
    ApiResponse nobody = put(admin, UUID.randomUUID().toString(), "VIEWER");
    ApiResponse notAUser = put(admin, acme.id(), "VIEWER");

    assertThat(nobody.json()).isEqualTo(elsewhere.json());
    assertThat(notAUser.json()).isEqualTo(elsewhere.json());
  }

  @Test
  void missingPermissionForeignTenantAndNoTokenAreRefused() {
    String viewer = acme.addMember("viewer", "VIEWER");
    TestTenant globex = TestTenant.create(api, asRoot());

    put(acme.member("fde", "FDE"), viewer, "VIEWER").assertError(403, "Forbidden");
    put(admin.inTenant(globex.id()), viewer, "VIEWER").assertError(403, "Forbidden");
    put(api.inTenant(acme.id()), viewer, "VIEWER").assertError(401, "Unauthorized");
  }

  @Test
  void noRolesIsA400WithDetails() {
    String fde = acme.addMember("fde", "FDE");

    ApiResponse response =
        admin
            .send("PUT", "/api/user/" + fde + "/roles", Map.of("roles", List.of()))
            .assertError(400, "Bad Request");

    assertThat(response.json().path("details").get(0).path("field").asText()).isEqualTo("roles");
  }

  private static ApiResponse put(ApiClient client, String userId, String... roles) {
    return client.send("PUT", "/api/user/" + userId + "/roles", Map.of("roles", List.of(roles)));
  }
}
