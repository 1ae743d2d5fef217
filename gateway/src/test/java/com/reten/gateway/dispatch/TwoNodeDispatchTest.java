package com.reten.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.RunningApp;
import com.reten.gateway.support.Tenants;
import com.reten.queryside.testsupport.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the application on one database, both dispatching: every activity reaches the
 * provider exactly once, and both instances take part.
 */
class TwoNodeDispatchTest {

  static final int ACTIVITIES = 200;

  @Test
  void twoNodesSendEachOf200ActivitiesExactlyOnce() throws Exception {
    String[] args = {
      "--spring.datasource.url=" + TestDatabase.createDatabase(),
      "--spring.datasource.username=" + TestDatabase.user(),
      "--spring.datasource.password=" + TestDatabase.password(),
      "--reten.dispatch.worker-enabled=true",
      "--reten.dispatch.poll-interval=50ms",
      "--reten.dispatch.concurrency=4"
    };
    try (ProviderStub provider = new ProviderStub();
        RunningApp first = RunningApp.start(args);
        RunningApp second = RunningApp.start(args)) {
      ApiClient root =
          first.api().signIn(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD);
      DispatchSetup setup = DispatchSetup.create(first.api(), root);
      setup.configureYom(provider.url(), "two-node-key", "two-node-secret");
      ApiClient onFirst = setup.admin;
      ApiClient onSecond =
          second
              .api()
              .signIn(setup.tenant.email("admin"), Tenants.ADMIN_PASSWORD)
              .inTenant(setup.tenantId());

      // Every activity falls due at the same instant, so both nodes' workers race for each job.
      Instant due = Instant.now().plusSeconds(20);
      List<String> ids = createAll(setup, onFirst, onSecond, due);

      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> dispatched(onFirst) == ACTIVITIES);
      await().during(Duration.ofSeconds(1)).until(() -> provider.received().size() == ACTIVITIES);

      Map<String, Long> perActivity =
          provider.received().stream()
              .collect(
                  Collectors.groupingBy(r -> r.header("Idempotency-Key"), Collectors.counting()));
      assertThat(perActivity.keySet()).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(perActivity.values()).allMatch(count -> count == 1);
      assertThat(attempts(first)).isPositive();
      assertThat(attempts(second)).isPositive();
      assertThat(attempts(first) + attempts(second)).isEqualTo(ACTIVITIES);
    }
  }

  private static List<String> createAll(
      DispatchSetup setup, ApiClient onFirst, ApiClient onSecond, Instant due) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> creations = new ArrayList<>();
      for (int i = 0; i < ACTIVITIES; i++) {
        int n = i;
        Function<ApiClient, String> create = client -> setup.taskVia(client, "two-" + n, due);
        creations.add(() -> create.apply(n % 2 == 0 ? onFirst : onSecond));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> id : pool.invokeAll(creations)) {
        ids.add(id.get());
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }

  private static int dispatched(ApiClient client) {
    return client
        .get("/api/activities?status=DISPATCHED&limit=1")
        .json()
        .path("meta")
        .path("total")
        .asInt();
  }

  private static double attempts(RunningApp app) {
    var counter =
        app.bean(MeterRegistry.class)
            .find("reten.dispatch.attempts")
            .tag("outcome", "accepted")
            .counter();
    return counter == null ? 0 : counter.count();
  }
}
