package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI 3.1 description is generated from the code and covers every route. */
class OpenApiTest extends IntegrationTest {

  @Test
  void theDescriptionListsEveryRoute() {
    ApiResponse docs = api.get("/api/docs-json");

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().path("openapi").asText()).startsWith("3.1");
    assertThat(docs.json().path("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/auth/login",
            "/api/auth/refresh",
            "/api/auth/logout",
            "/api/auth/me",
            "/api/tenant",
            "/api/tenant/mine",
            "/api/tenant/setup",
            "/api/tenant/{id}",
            "/api/health");
  }

  @Test
  void theDescriptionSaysWhichCharactersAreRefused() {
    String description = api.get("/api/docs-json").json().path("info").path("description").asText();

    assertThat(description).contains("U+0000 (NUL) or an unpaired UTF-16 surrogate is");
  }

  @Test
  void theSwaggerUiIsServed() {
    assertThat(api.get("/api/docs").status()).isIn(200, 302);
  }
}
