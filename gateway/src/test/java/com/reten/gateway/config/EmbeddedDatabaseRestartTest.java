package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.RunningApp;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no datasource URL the app runs its own PostgreSQL, and its data survives a restart. */
class EmbeddedDatabaseRestartTest {

  @TempDir Path dataDirectory;

  @Test
  void dataSurvivesARestart() {
    String dataDir = "--reten.embedded-db.data-directory=" + dataDirectory;
    try (RunningApp app = RunningApp.start(dataDir)) {
      var root = app.api().signIn(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD);
      var created =
          root.post(
              "/api/tenant/setup",
              Map.of(
                  "name", "Kept",
                  "slug", "kept",
                  "admin_email", "kept@acme.test",
                  "admin_password", "admin-password-1",
                  "admin_first_name", "K",
                  "admin_last_name", "T"));
      assertThat(created.status()).isEqualTo(201);
    }
    assertThat(dataDirectory.resolve("postgresql.conf")).exists();

    try (RunningApp app = RunningApp.start(dataDir)) {
      var admin = app.api().signIn("kept@acme.test", "admin-password-1");
      assertThat(admin.get("/api/tenant/mine").json())
          .extracting(node -> node.path("slug").asText())
          .containsExactly("kept");
    }
  }
}
