package com.reten.gateway.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DELETE /api/user/{id}: the membership ends, and with it the user's access and sessions. */
class RemoveUserTest extends IntegrationTest {

  private TestTenant acme;

  @BeforeEach
  void tenant() {
    acme = TestTenant.create(api, asRoot());
  }

  @Test
  void aRemovedMemberLosesTheTenantAndTheirRefreshTokens() {
    String id = acme.addMember("gone", "ADMIN");
    ApiResponse login = api.login(acme.email("gone"), TestTenant.MEMBER_PASSWORD);
    ApiClient gone = api.withToken(login.json().path("accessToken").asText()).inTenant(acme.id());
    assertThat(gone.get("/api/user/tenant-users").status()).isEqualTo(200);

    ApiResponse removed = acme.root().send("DELETE", "/api/user/" + id, null);

    assertThat(removed.status()).isEqualTo(204);
    gone.get("/api/user/tenant-users").assertError(403, "Forbidden");
    gone.get("/api/auth/me").assertError(403, "Forbidden");
    acme.root().get("/api/user/" + id).assertError(404, "Not Found");
    ApiResponse refresh =
        api.withHeader("Cookie", login.cookie("refreshToken")).post("/api/auth/refresh", null);
    refresh.assertError(401, "Unauthorized");
    assertThat(refresh.cookies().get(0)).startsWith("refreshToken=;");
    acme.root().send("DELETE", "/api/user/" + id, null).assertError(404, "Not Found");
  }

  @Test
  void onlySuperAdminsRemoveMembers() {
    String viewer = acme.addMember("viewer", "VIEWER");

    acme.admin().send("DELETE", "/api/user/" + viewer, null).assertError(403, "Forbidden");
    api.inTenant(acme.id())
        .send("DELETE", "/api/user/" + viewer, null)
        .assertError(401, "Unauthorized");
    assertThat(acme.root().get("/api/user/" + viewer).status()).isEqualTo(200);
  }

  @Test
  void aUserOfAnotherTenantIs404() {
    TestTenant globex = TestTenant.create(api, asRoot());
    String foreign = globex.addMember("foreign", "VIEWER");

    acme.root().send("DELETE", "/api/user/" + foreign, null).assertError(404, "Not Found");
    assertThat(globex.root().get("/api/user/" + foreign).status()).isEqualTo(200);
  }
}
