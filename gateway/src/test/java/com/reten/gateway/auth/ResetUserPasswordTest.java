package com.reten.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/auth/reset-user-password: an administrator resets a member's password. */
class ResetUserPasswordTest extends IntegrationTest {

  private static final String NEW_PASSWORD = "set-by-admin-password-7";

  private TestTenant acme;
  private ApiClient admin;

  @BeforeEach
  void tenant() {
    acme = TestTenant.create(api, asRoot());
    admin = acme.admin();
  }

  @Test
  void anAdminResetsAnFdeWhoseOldPasswordAndSessionsStopWorking() {
    String fde = acme.addMember("fde", "FDE");
    String cookie = api.login(acme.email("fde"), TestTenant.MEMBER_PASSWORD).cookie("refreshToken");

    ApiResponse reset = reset(admin, fde);

    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.json().path("message").asText()).isEqualTo("Password reset successfully");
    assertThat(api.login(acme.email("fde"), TestTenant.MEMBER_PASSWORD).status()).isEqualTo(401);
    assertThat(api.login(acme.email("fde"), NEW_PASSWORD).status()).isEqualTo(200);
    api.withHeader("Cookie", cookie)
        .post("/api/auth/refresh", null)
        .assertError(401, "Unauthorized");
  }

  @Test
  void aTargetNotStrictlyBelowTheCallerIs403() {
    String peer = acme.addMember("peer", "ADMIN");
    TestTenant globex = TestTenant.create(api, asRoot());
    String twoHats = globex.addMember("double", "ADMIN");
    ApiResponse linked =
        acme.root().post("/api/user", TestTenant.userBody(globex.email("double"), "VIEWER"));
    assertThat(linked.json().path("id").asText()).isEqualTo(twoHats);

    reset(admin, peer).assertError(403, "Forbidden");
    reset(admin, twoHats).assertError(403, "Forbidden");
    assertThat(api.login(acme.email("peer"), TestTenant.MEMBER_PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void aUserOfAnotherTenantOrNoUserIs404() {
    String foreign = TestTenant.create(api, asRoot()).addMember("foreign", "VIEWER");

    reset(admin, foreign).assertError(404, "Not Found");
    reset(admin, UUID.randomUUID().toString()).assertError(404, "Not Found");
  }

  @Test
  void missingPermissionForeignTenantAndNoTokenAreRefused() {
    String viewer = acme.addMember("viewer", "VIEWER");
    TestTenant globex = TestTenant.create(api, asRoot());

    reset(acme.member("fde", "FDE"), viewer).assertError(403, "Forbidden");
    reset(admin.inTenant(globex.id()), viewer).assertError(403, "Forbidden");
    reset(api.inTenant(acme.id()), viewer).assertError(401, "Unauthorized");
  }

  @Test
  void invalidFieldsAreA400NamingEachField() {
    ApiResponse response =
        admin
            .post("/api/auth/reset-user-password", Map.of("new_password", "short"))
            .assertError(400, "Bad Request");

    assertThat(response.json().path("details"))
        .extracting(detail -> detail.path("field").asText())
        .containsExactly("new_password", "user_id");
  }

  private static ApiResponse reset(ApiClient client, String userId) {
    return client.post(
        "/api/auth/reset-user-password", Map.of("user_id", userId, "new_password", NEW_PASSWORD));
  }
}
