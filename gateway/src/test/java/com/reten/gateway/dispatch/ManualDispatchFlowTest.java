package com.reten.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** POST /api/activities/tasks/{id}/dispatch (API.md §4.2) against a real local provider. */
@TestPropertySource(
    properties = {
      "reten.dispatch.worker-enabled=true",
      "reten.dispatch.poll-interval=100ms",
      "reten.dispatch.backoff=300ms,600ms",
      // Long enough for a held request to stay in flight while the test looks at it.
      "reten.dispatch.http-timeout=5s",
      "reten.dispatch.lease=15s",
      "reten.dispatch.manual-wait=10s"
    })
class ManualDispatchFlowTest extends IntegrationTest {

  private ProviderStub provider;
  private DispatchSetup setup;

  @BeforeEach
  void aTenantAndAProvider() {
    provider = new ProviderStub();
    setup = DispatchSetup.create(api, asRoot());
  }

  @AfterEach
  void stopTheProvider() {
    provider.close();
  }

  @Test
  void aTaskScheduledLaterIsDispatchedByHandNow() {
    setup.configureYom(provider.url(), "key-1", null);
    String id = setup.task("by-hand", Instant.now().plusSeconds(3600));

    ApiResponse dispatched = dispatch(setup.admin, id);

    assertThat(dispatched.status()).as("%s", dispatched).isEqualTo(204);
    assertThat(provider.receivedFor(id)).hasSize(1);
    JsonNode activity = setup.activity(id);
    assertThat(activity.path("status").asText()).isEqualTo("DISPATCHED");
    assertThat(activity.path("providerActivityId").asText()).isEqualTo("prov-1");
    assertThat(activity.path("dispatchAttemptCount").asInt()).isEqualTo(1);
    JsonNode history = setup.admin.get("/api/activities/" + id + "/history").json();
    assertThat(history.findValuesAsText("eventType"))
        .containsExactly(
            "ActivityCreatedEvent",
            "ActivityTargetUsersSetEvent",
            "ActivityDispatchRequestedEvent",
            "ActivityDispatchedEvent");
    assertThat(history.get(2).path("actor").path("type").asText()).isEqualTo("USER");
    assertThat(history.get(3).path("actor").path("type").asText()).isEqualTo("SYSTEM");
    dispatch(setup.admin, id).assertError(400, "Bad Request");
  }

  @Test
  void aFailedAttemptIs502AndCountsThenTheRetriesGoOn() {
    provider.failingNext(1, 503);
    setup.configureYom(provider.url(), "key-1", null);
    String id = setup.task("by-hand-fails", Instant.now().plusSeconds(3600));

    ApiResponse failed = dispatch(setup.admin, id);

    failed.assertError(502, "Bad Gateway");
    assertThat(failed.json().path("message").asText())
        .isEqualTo("Dispatch failed (PROVIDER_HTTP_ERROR): Provider answered HTTP 503");
    await().atMost(Duration.ofSeconds(5)).until(() -> "DISPATCHED".equals(setup.status(id)));
    assertThat(setup.activity(id).path("dispatchAttemptCount").asInt()).isEqualTo(2);
    assertThat(setup.statusEvents(id).findValuesAsText("eventType"))
        .containsExactly("CREATED", "DISPATCH_ATTEMPT_FAILED", "DISPATCH_SUCCESS");
    assertThat(provider.receivedFor(id)).hasSize(2);
  }

  @Test
  void anAttemptInFlightIsWaitedForNotRepeated() throws Exception {
    provider.holding();
    setup.configureYom(provider.url(), "key-1", null);
    String id = setup.task("in-flight", Instant.now());
    await().atMost(Duration.ofSeconds(5)).until(() -> provider.receivedFor(id).size() == 1);

    CompletableFuture<ApiResponse> manual =
        CompletableFuture.supplyAsync(() -> dispatch(setup.admin, id));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                setup
                    .admin
                    .get("/api/activities/" + id + "/history")
                    .json()
                    .findValuesAsText("eventType")
                    .contains("ActivityDispatchRequestedEvent"));
    provider.release();

    assertThat(manual.get(10, TimeUnit.SECONDS).status()).isEqualTo(204);
    await().during(Duration.ofMillis(700)).until(() -> provider.receivedFor(id).size() == 1);
    assertThat(setup.activity(id).path("dispatchAttemptCount").asInt()).isEqualTo(1);
  }

  @Test
  void onlyAReadyTaskWithAnActiveConfigIsDispatchedByHand() {
    setup.configureMock("SMS");
    String message = setup.message("a-message", "SMS", Instant.now().plusSeconds(3600));
    dispatch(setup.admin, message).assertError(400, "Bad Request");

    Map<String, Object> callcenter = new HashMap<>();
    callcenter.put("type", "TASK");
    callcenter.put("reason", "Call back");
    callcenter.put("channel", "CALLCENTER");
    callcenter.put("commerce_id", setup.commerce);
    callcenter.put("idempotency_key", "cc-1");
    callcenter.put("scheduled_at", Instant.now().plusSeconds(3600).toString());
    String unconfigured = DispatchSetup.created(setup.admin.post("/api/activities", callcenter));
    ApiResponse noConfig = dispatch(setup.admin, unconfigured);
    noConfig.assertError(404, "Not Found");
    assertThat(noConfig.json().path("message").asText())
        .isEqualTo("No active dispatch config for channel CALLCENTER");
    assertThat(setup.activity(unconfigured).path("dispatchAttemptCount").asInt()).isZero();

    setup.configureYom(provider.url(), "key-1", null);
    String task = setup.task("rules", Instant.now().plusSeconds(3600));
    dispatch(setup.admin, UUID.randomUUID().toString()).assertError(404, "Not Found");
    ApiClient stranger = TestTenant.create(api, asRoot()).admin();
    dispatch(stranger, task).assertError(404, "Not Found");
    dispatch(setup.tenant.member("viv", "VIEWER"), task).assertError(403, "Forbidden");
    assertThat(setup.admin.patch("/api/activities/" + task + "/cancel", Map.of()).status())
        .isEqualTo(200);
    dispatch(setup.admin, task).assertError(400, "Bad Request");
    assertThat(provider.received()).isEmpty();
    assertThat(dispatch(setup.tenant.member("fay", "FDE"), unconfigured).status()).isEqualTo(404);
  }

  private static ApiResponse dispatch(ApiClient client, String id) {
    return client.post("/api/activities/tasks/" + id + "/dispatch", null);
  }
}
