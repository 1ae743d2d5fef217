package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.RunningApp;
import com.reten.gateway.support.Tenants;
import java.nio.file.Path;
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
      var created = root.post("/api/tenant/setup", Tenants.setupBody("kept", "kept@acme.test"));
      assertThat(created.status()).isEqualTo(201);
    }
    assertThat(dataDirectory.resolve("postgresql.conf")).exists();

    try (RunningApp app = RunningApp.start(dataDir)) {
      var admin = app.api().signIn("kept@acme.test", Tenants.ADMIN_PASSWORD);
      assertThat(admin.get("/api/tenant/mine").json())
          .extracting(node -> node.path("slug").asText())
          .containsExactly("kept");
    }
  }
}
