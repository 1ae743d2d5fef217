package com.reten.gateway.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;
import org.springframework.test.context.TestPropertySource;

/**
 * A write waits for the projections that handle the events it published, and only for those: a
 * projection held up on a commerce's registration holds up that registration's response, not an
 * operator's. The wait's bound is raised so that a wait for the held projection would hang the
 * write instead of timing out.
 */
@Import(ReadYourWritesScopeTest.HeldProjection.class)
@TestPropertySource(properties = "reten.read-your-writes.timeout=60s")
class ReadYourWritesScopeTest extends IntegrationTest {

  /** A tracking projection of commerce registrations that holds each one until released. */
  @Component
  @ProcessingGroup("held-commerces")
  static class HeldProjection {

    static volatile CountDownLatch release = new CountDownLatch(0);

    @EventHandler
    void on(CommerceRegisteredEvent event) throws InterruptedException {
      release.await();
    }
  }

  @Test
  void aWriteWaitsForTheProjectionsOfItsEventsOnly() throws Exception {
    ApiClient admin = TestTenant.create(api, asRoot()).admin();
    HeldProjection.release = new CountDownLatch(1);
    try {
      CompletableFuture<ApiResponse> commerce =
          CompletableFuture.supplyAsync(
              () -> admin.post("/api/commerces", Map.of("name", "Held", "external_id", "H-1")));
      await()
          .during(Duration.ofMillis(500))
          .atMost(Duration.ofSeconds(5))
          .until(() -> !commerce.isDone());

      ApiResponse operator =
          CompletableFuture.supplyAsync(
                  () ->
                      admin.post(
                          "/api/operators",
                          Map.of("type", "SALESMAN", "name", "Ana", "external_id", "OP-1")))
              .get(20, TimeUnit.SECONDS);
      assertThat(operator.status()).as("%s", operator).isEqualTo(201);
      assertThat(commerce).as("the registration still waits for the held projection").isNotDone();

      HeldProjection.release.countDown();
      assertThat(commerce.get(20, TimeUnit.SECONDS).status()).isEqualTo(201);
    } finally {
      HeldProjection.release.countDown();
    }
  }
}
