package com.reten.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.Tenants;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event a REST command causes carries tenant, actor, correlation id and time. */
class EventMetadataTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eventsOfATenantSetupCarryTheRequestsStamp() throws Exception {
    ApiClient root = asRoot();
    String rootId = root.get("/api/auth/me").json().path("id").asText();

    ApiResponse created =
        root.withHeader("x-request-id", "req-audit-0001")
            .post("/api/tenant/setup", Tenants.setupBody("stamped", "stamped@acme.test"));

    assertThat(created.header("x-request-id")).isEqualTo("req-audit-0001");
    String tenantId = created.json().path("id").asText();
    List<JsonNode> stamps = metadataOfEventsCorrelatedWith("req-audit-0001");
    // Tenant created, admin registered, admin's membership, result-type catalog seeded.
    assertThat(stamps).hasSize(4);
    for (JsonNode stamp : stamps) {
      assertThat(stamp.path("tenantId").asText()).isEqualTo(tenantId);
      assertThat(stamp.path("actorType").asText()).isEqualTo("USER");
      assertThat(stamp.path("actorId").asText()).isEqualTo(rootId);
      assertThat(Instant.parse(stamp.path("timestamp").asText())).isBefore(Instant.now());
    }
  }

  @Test
  void aMissingRequestIdIsGeneratedEchoedAndUsed() throws Exception {
    ApiResponse created =
        asRoot().post("/api/tenant/setup", Tenants.setupBody("generated", "generated@acme.test"));

    String requestId = created.header("x-request-id");
    assertThat(requestId).isNotBlank();
    assertThat(metadataOfEventsCorrelatedWith(requestId)).hasSize(4);
  }

  @Test
  void platformEventsHaveNoTenantAndSignInNamesTheUser() throws Exception {
    ApiResponse login =
        api.withHeader("x-request-id", "req-login-0001").login(ROOT_EMAIL, ROOT_PASSWORD);
    String rootId = login.json().path("user").path("id").asText();

    List<JsonNode> stamps = metadataOfEventsCorrelatedWith("req-login-0001");

    assertThat(stamps).hasSize(1);
    assertThat(stamps.get(0).has("tenantId")).isFalse();
    assertThat(stamps.get(0).path("actorType").asText()).isEqualTo("USER");
    assertThat(stamps.get(0).path("actorId").asText()).isEqualTo(rootId);
  }

  @Test
  void noEventPayloadCarriesAPlaintextPassword() {
    asRoot().post("/api/tenant/setup", Tenants.setupBody("secretive", "secretive@acme.test"));

    List<String> payloads =
        jdbc.queryForList(
            "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry", String.class);
    assertThat(payloads).noneMatch(payload -> payload.contains(Tenants.ADMIN_PASSWORD));
    assertThat(payloads).noneMatch(payload -> payload.contains(ROOT_PASSWORD));
  }

  private List<JsonNode> metadataOfEventsCorrelatedWith(String requestId) throws Exception {
    List<String> rows =
        jdbc.queryForList(
            "SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry"
                + " WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = ?"
                + " ORDER BY global_index",
            String.class,
            requestId);
    List<JsonNode> stamps = new java.util.ArrayList<>();
    for (String row : rows) {
      stamps.add(JSON.readTree(row));
    }
    return stamps;
  }
}
