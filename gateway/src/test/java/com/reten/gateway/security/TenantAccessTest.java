package com.reten.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.Tenants;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The x-tenant-id and permission rules every tenant-scoped endpoint gets from the one gate. */
class TenantAccessTest extends IntegrationTest {

  private ApiClient root;
  private String acme;
  private String globex;
  private ApiClient acmeAdmin;

  @BeforeEach
  void tenants() {
    root = asRoot();
    String run = UUID.randomUUID().toString().substring(0, 8);
    acme = Tenants.create(root, "acme-" + run, "admin@acme-" + run + ".test");
    globex = Tenants.create(root, "globex-" + run, "admin@globex-" + run + ".test");
    acmeAdmin = api.signIn("admin@acme-" + run + ".test", Tenants.ADMIN_PASSWORD);
  }

  @Test
  void aMemberWithThePermissionActsInTheirTenant() {
    var response = acmeAdmin.inTenant(acme).get("/api/test-probe/tenant-view");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("tenantId").asText()).isEqualTo(acme);
    assertThat(response.json().path("roles").toString()).isEqualTo("[\"ADMIN\"]");
  }

  @Test
  void anotherTenantIs403() {
    acmeAdmin.inTenant(globex).get("/api/test-probe/tenant-view").assertError(403, "Forbidden");
    acmeAdmin
        .inTenant(UUID.randomUUID())
        .get("/api/test-probe/tenant-view")
        .assertError(403, "Forbidden");
  }

  @Test
  void aMissingOrMalformedTenantHeaderIs400() {
    acmeAdmin.get("/api/test-probe/tenant-view").assertError(400, "Bad Request");
    acmeAdmin
        .inTenant("not-a-uuid")
        .get("/api/test-probe/tenant-view")
        .assertError(400, "Bad Request");
  }

  @Test
  void aPermissionAboveTheCallersRoleIs403() {
    acmeAdmin
        .inTenant(acme)
        .get("/api/test-probe/tenant-delete-user")
        .assertError(403, "Forbidden");
  }

  @Test
  void superAdminsActInAnyTenant() {
    assertThat(root.inTenant(globex).get("/api/test-probe/tenant-delete-user").status())
        .isEqualTo(200);
  }

  @Test
  void noCredentialsIs401BeforeAnyTenantCheck() {
    api.inTenant(acme).get("/api/test-probe/tenant-view").assertError(401, "Unauthorized");
  }

  @Test
  void anEndpointWithoutAnAccessRuleIsRefused() {
    assertThat(acmeAdmin.get("/api/test-probe/unguarded").status()).isEqualTo(500);
    assertThat(api.get("/api/test-probe/unguarded").status()).isEqualTo(500);
  }

  @Test
  void meRefusesATenantTheCallerIsNotIn() {
    acmeAdmin.inTenant(globex).get("/api/auth/me").assertError(403, "Forbidden");
  }
}
