package com.reten.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.RunningApp;
import com.reten.gateway.support.Tenants;
import com.reten.queryside.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dispatch survives the application: a retry waiting out its back-off, and a task scheduled for
 * later, are sent by the next start; a job claimed by a node that died is sent once its lease runs
 * out.
 */
class DispatchRestartTest {

  private final String[] args = {
    "--spring.datasource.url=" + TestDatabase.createDatabase(),
    "--spring.datasource.username=" + TestDatabase.user(),
    "--spring.datasource.password=" + TestDatabase.password(),
    "--reten.dispatch.worker-enabled=true",
    "--reten.dispatch.poll-interval=100ms",
    "--reten.dispatch.backoff=4s",
    "--reten.dispatch.http-timeout=1s",
    "--reten.dispatch.lease=3s"
  };

  @Test
  void aRestartMidBackoffResumesTheRetryAndPendingTasks() {
    try (ProviderStub provider = new ProviderStub().failingNext(1, 500)) {
      String retried;
      String later;
      Instant laterDue;
      String tenant;
      String admin;
      try (RunningApp app = RunningApp.start(args)) {
        ApiClient root =
            app.api().signIn(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD);
        DispatchSetup setup = DispatchSetup.create(app.api(), root);
        tenant = setup.tenantId();
        setup.configureYom(provider.url(), "restart-key", null);
        retried = setup.task("retried", Instant.now());
        await()
            .atMost(Duration.ofSeconds(5))
            .until(() -> setup.activity(retried).path("dispatchAttemptCount").asInt() == 1);
        laterDue = Instant.now().plusSeconds(6);
        later = setup.task("later", laterDue);
        assertThat(setup.status(retried)).isEqualTo("READY");
        admin = setup.tenant.email("admin");
      }
      // Down while the retry waits out its 4 s back-off and before the later task is due.
      assertThat(provider.receivedFor(retried)).hasSize(1);
      assertThat(provider.receivedFor(later)).isEmpty();

      try (RunningApp app = RunningApp.start(args)) {
        ApiClient client = app.api().signIn(admin, Tenants.ADMIN_PASSWORD).inTenant(tenant);
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () ->
                    "DISPATCHED".equals(status(client, retried))
                        && "DISPATCHED".equals(status(client, later)));
        assertThat(provider.receivedFor(retried)).hasSize(2);
        assertThat(
                Duration.between(
                    provider.receivedFor(retried).get(0).at(),
                    provider.receivedFor(retried).get(1).at()))
            .isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        assertThat(provider.receivedFor(later)).hasSize(1);
        assertThat(provider.receivedFor(later).get(0).at())
            .isAfterOrEqualTo(laterDue.minusMillis(50));
        assertThat(
                client
                    .get("/api/activities/" + retried)
                    .json()
                    .path("dispatchAttemptCount")
                    .asInt())
            .isEqualTo(2);
      }
    }
  }

  @Test
  void aJobClaimedByANodeThatDiedIsSentOnceItsLeaseRunsOut() {
    try (ProviderStub provider = new ProviderStub();
        RunningApp app = RunningApp.start(args)) {
      ApiClient root = app.api().signIn(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD);
      DispatchSetup setup = DispatchSetup.create(app.api(), root);
      setup.configureYom(provider.url(), "lease-key", null);
      String id = setup.task("orphaned", Instant.now().plusSeconds(3600));
      JdbcTemplate jdbc = app.bean(JdbcTemplate.class);

      // What a node leaves behind when it dies mid-attempt: a due job under its unexpired lease.
      Instant claimed = Instant.now();
      int updated =
          jdbc.update(
              "UPDATE dispatch_job SET due_at = now(), claimed_by = 'dead-node', claim_token = ?,"
                  + " claimed_until = now() + interval '2 seconds' WHERE activity_id = ?::uuid",
              UUID.randomUUID(),
              id);
      assertThat(updated).isEqualTo(1);

      await().atMost(Duration.ofSeconds(8)).until(() -> "DISPATCHED".equals(setup.status(id)));
      assertThat(provider.receivedFor(id)).hasSize(1);
      assertThat(Duration.between(claimed, provider.receivedFor(id).get(0).at()))
          .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }
  }

  private static String status(ApiClient client, String id) {
    return client.get("/api/activities/" + id).json().path("status").asText();
  }
}
