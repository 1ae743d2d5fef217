package com.reten.gateway.route;

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

/** PUT /api/routes/{id}/commerces over real HTTP. */
class RouteCommercesFlowTest extends IntegrationTest {

  private ApiClient admin;
  private String route;

  @BeforeEach
  void routeInATenant() {
    admin = TestTenant.create(api, asRoot()).admin();
    route = created(admin.post("/api/routes", Map.of("name", "North loop")));
  }

  @Test
  void commercesAreVisitedInTheOrderGiven() {
    String first = commerce(admin, "C-1");
    String second = commerce(admin, "C-2");

    ApiResponse set = put(admin, List.of(second, first));

    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().path("commerceIds").toString())
        .isEqualTo("[\"" + second + "\",\"" + first + "\"]");
    ApiResponse read = admin.get("/api/routes/" + route);
    assertThat(read.json().path("commerceIds")).isEqualTo(set.json().path("commerceIds"));
    assertThat(read.header("ETag")).isEqualTo(set.header("ETag"));
    assertThat(put(admin, List.of()).json().path("commerceIds")).isEmpty();
  }

  @Test
  void onlyActiveCommercesOfTheTenantOnceEach() {
    String active = commerce(admin, "C-3");
    String inactive = commerce(admin, "C-4");
    assertThat(admin.send("DELETE", "/api/commerces/" + inactive, null).status()).isEqualTo(204);
    ApiClient stranger = TestTenant.create(api, asRoot()).admin();
    String theirs = commerce(stranger, "C-5");

    put(admin, List.of(active, inactive)).assertError(400, "Bad Request");
    put(admin, List.of(active, active)).assertError(400, "Bad Request");
    put(admin, List.of(theirs)).assertError(404, "Not Found");
    put(admin, List.of(UUID.randomUUID().toString())).assertError(404, "Not Found");
    put(admin, List.of(route)).assertError(404, "Not Found");
    stranger
        .send("PUT", "/api/routes/" + route + "/commerces", Map.of("commerce_ids", List.of()))
        .assertError(404, "Not Found");
    admin
        .send("PUT", "/api/routes/" + route + "/commerces", Map.of("commerce_ids", List.of("x")))
        .assertError(400, "Bad Request");
    assertThat(admin.get("/api/routes/" + route).json().path("commerceIds")).isEmpty();
  }

  @Test
  void aStaleIfMatchIsAConflict() {
    String commerce = commerce(admin, "C-6");
    String etag = admin.get("/api/routes/" + route).header("ETag");
    assertThat(put(admin.withHeader("If-Match", etag), List.of(commerce)).status()).isEqualTo(200);

    put(admin.withHeader("If-Match", etag), List.of()).assertError(409, "Conflict");
  }

  private ApiResponse put(ApiClient client, List<String> commerceIds) {
    return client.send(
        "PUT", "/api/routes/" + route + "/commerces", Map.of("commerce_ids", commerceIds));
  }

  private static String commerce(ApiClient client, String externalId) {
    return created(
        client.post(
            "/api/commerces", Map.of("name", "Store " + externalId, "external_id", externalId)));
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
