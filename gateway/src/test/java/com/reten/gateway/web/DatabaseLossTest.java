package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.RunningApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/** When PostgreSQL goes away mid-flight, clients get 503 in Reten's body, never a stack trace. */
class DatabaseLossTest {

  @Test
  void aLostDatabaseIs503() throws Exception {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    try (RunningApp app =
        RunningApp.start(
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres")) {
      ApiClient api = app.api();
      ApiClient root = api.signIn(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD);
      assertThat(api.get("/api/health").status()).isEqualTo(200);

      postgres.close();

      assertUnavailable(root.get("/api/auth/me"));
      assertUnavailable(api.login(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD));
      assertUnavailable(root.get("/api/tenant"));
      ApiResponse health = api.get("/api/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().path("status").asText()).isEqualTo("DOWN");
    } finally {
      postgres.close();
    }
  }

  private static void assertUnavailable(ApiResponse response) {
    response.assertError(503, "Service Unavailable");
    assertThat(response.json().toString()).doesNotContain("SQL", "Exception", "jdbc", "at com.");
  }
}
