package com.reten.gateway.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/user/tenant-users and GET /api/user/{id}: who belongs to the active tenant. */
class TenantUsersListTest extends IntegrationTest {

  private TestTenant acme;

  @BeforeEach
  void tenant() {
    acme = TestTenant.create(api, asRoot());
  }

  @Test
  void membersArePagedNewestFirstWithTheirRolesInThisTenant() {
    String fde = acme.addMember("fde", "FDE", "VIEWER");
    String viewer = acme.addMember("viewer", "VIEWER");
    TestTenant.create(api, asRoot()).addMember("elsewhere", "ADMIN");

    ApiResponse first = acme.admin().get("/api/user/tenant-users?page=1&limit=2");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().path("meta").toString())
        .isEqualTo("{\"page\":1,\"limit\":2,\"total\":3,\"totalPages\":2}");
    assertThat(first.json().path("data")).extracting(this::id).containsExactly(viewer, fde);
    JsonNode newest = first.json().path("data").get(0);
    assertThat(newest.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("id", "email", "firstName", "lastName", "roles");
    assertThat(newest.path("email").asText()).isEqualTo(acme.email("viewer"));
    assertThat(newest.path("firstName").asText()).isEqualTo("Mia");
    assertThat(first.json().path("data").get(1).path("roles").toString())
        .isEqualTo("[\"FDE\",\"VIEWER\"]");

    ApiResponse second = acme.admin().get("/api/user/tenant-users?page=2&per_page=2");
    assertThat(second.json().path("data")).hasSize(1);
    assertThat(second.json().path("data").get(0).path("email").asText())
        .isEqualTo(acme.email("admin"));
    assertThat(second.json().path("data").get(0).path("roles").toString()).isEqualTo("[\"ADMIN\"]");
  }

  @Test
  void anFdeMayListButAViewerMayNot() {
    acme.addMember("viewer", "VIEWER");

    assertThat(acme.member("fde", "FDE").get("/api/user/tenant-users").status()).isEqualTo(200);
    acme.signIn("viewer").get("/api/user/tenant-users").assertError(403, "Forbidden");
  }

  @Test
  void anotherTenantIs403AndNoTokenIs401() {
    TestTenant globex = TestTenant.create(api, asRoot());

    acme.admin().inTenant(globex.id()).get("/api/user/tenant-users").assertError(403, "Forbidden");
    api.inTenant(acme.id()).get("/api/user/tenant-users").assertError(401, "Unauthorized");
  }

  @Test
  void outOfRangePagingIs400() {
    acme.admin().get("/api/user/tenant-users?limit=101").assertError(400, "Bad Request");
    acme.admin().get("/api/user/tenant-users?page=0").assertError(400, "Bad Request");
  }

  @Test
  void oneMemberIsFoundOnlyInTheirTenant() {
    String fde = acme.addMember("fde", "FDE");
    TestTenant globex = TestTenant.create(api, asRoot());

    ApiResponse found = acme.admin().get("/api/user/" + fde);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().path("roles").toString()).isEqualTo("[\"FDE\"]");
    globex.admin().get("/api/user/" + fde).assertError(404, "Not Found");
    acme.admin().get("/api/user/" + UUID.randomUUID()).assertError(404, "Not Found");
  }

  @Test
  void theOpenApiDescriptionListsTheUserRoutes() {
    assertThat(api.get("/api/docs-json").json().path("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/user",
            "/api/user/tenant-users",
            "/api/user/{id}",
            "/api/user/{id}/roles",
            "/api/auth/reset-my-password",
            "/api/auth/reset-user-password");
  }

  private String id(JsonNode user) {
    return user.path("id").asText();
  }
}
