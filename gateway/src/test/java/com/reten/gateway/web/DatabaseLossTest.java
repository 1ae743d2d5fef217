package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.RunningApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** When PostgreSQL goes away mid-flight, clients get 503 in Reten's body, never a stack trace. */
class DatabaseLossTest {

  @Test
  void aLostDatabaseIs503() throws Exception {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    try (RunningApp app = startOn(postgres)) {
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

  /**
   * PostgreSQL ending every session (as a restart does) reaches pooled connections as SQLSTATE
   * 57P01 or an I/O error on their next use: either is a 503 with Retry-After, and the next
   * requests succeed on fresh connections.
   */
  @Test
  void connectionsTheServerTerminatesAre503ThenHealed() throws Exception {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    try (RunningApp app = startOn(postgres);
        Connection admin = postgres.getPostgresDatabase().getConnection()) {
      ApiClient root = app.api().signIn(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD);
      Set<Integer> statuses = new TreeSet<>();
      for (int round = 0; round < 5; round++) {
        try (Statement statement = admin.createStatement()) {
          statement.execute(
              "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                  + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()");
        }
        for (int i = 0; i < 20; i++) {
          ApiResponse response = i % 2 == 0 ? root.get("/api/tenant") : setUpTenant(root, round, i);
          statuses.add(response.status());
          if (response.status() == 503) {
            assertUnavailable(response);
            assertThat(response.header("Retry-After")).isEqualTo("2");
          }
        }
      }
      assertThat(statuses).as("statuses seen").isSubsetOf(200, 201, 503).contains(503);
      assertThat(root.get("/api/tenant").status()).isEqualTo(200);
    } finally {
      postgres.close();
    }
  }

  // A write: the command path appends through Axon's own JDBC code, which Spring does not
  // translate.
  private static ApiResponse setUpTenant(ApiClient root, int round, int i) {
    String slug = "t" + round + "-" + i;
    return root.post(
        "/api/tenant/setup",
        Map.of(
            "name",
            slug,
            "slug",
            slug,
            "admin_email",
            slug + "@example.test",
            "admin_password",
            "password-" + slug,
            "admin_first_name",
            "Ana",
            "admin_last_name",
            "Diaz"));
  }

  private static RunningApp startOn(EmbeddedPostgres postgres) {
    return RunningApp.start(
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres");
  }

  private static void assertUnavailable(ApiResponse response) {
    response.assertError(503, "Service Unavailable");
    assertThat(response.json().toString()).doesNotContain("SQL", "Exception", "jdbc", "at com.");
  }
}
