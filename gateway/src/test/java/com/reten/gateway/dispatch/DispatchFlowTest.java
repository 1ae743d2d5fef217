package com.reten.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.gateway.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Automatic dispatch (API.md §5.4) against a real local provider: what it receives, when, how
 * often, and what the activity records. Back-off and timeouts are shortened so the failure paths
 * run in seconds.
 */
@TestPropertySource(
    properties = {
      "reten.dispatch.worker-enabled=true",
      "reten.dispatch.poll-interval=100ms",
      "reten.dispatch.backoff=300ms,600ms",
      "reten.dispatch.http-timeout=1s",
      "reten.dispatch.lease=5s",
      // Loud enough that a secret written to any log would be caught.
      "logging.level.com.reten=DEBUG",
      "logging.level.org.springframework.web=DEBUG"
    })
@ExtendWith(OutputCaptureExtension.class)
class DispatchFlowTest extends IntegrationTest {

  static final String API_KEY = "yom-key-4242";
  static final String SECRET = "whsec-flow-0001";
  static final Pattern SIGNATURE = Pattern.compile("^t=(\\d+),v1=([0-9a-f]{64})$");
  static final ObjectMapper JSON = new ObjectMapper();

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
  void aDueTaskReachesItsProviderWithinASecondSignedOnceAndBecomesDispatched() throws Exception {
    String config = setup.configureYom(provider.url(), API_KEY, SECRET);
    String id = setup.task("due-now", Instant.now());
    Instant createdAt = Instant.parse(setup.activity(id).path("createdAt").asText());

    await().atMost(Duration.ofSeconds(5)).until(() -> "DISPATCHED".equals(setup.status(id)));

    List<ProviderStub.Received> requests = provider.receivedFor(id);
    assertThat(requests).hasSize(1);
    var request = requests.get(0);
    assertThat(Duration.between(createdAt, request.at())).isLessThan(Duration.ofSeconds(1));
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/activities");
    assertThat(request.header("content-type")).startsWith("application/json");
    assertThat(request.header("x-api-key")).isEqualTo(API_KEY);
    assertSigned(request, SECRET);

    JsonNode body = JSON.readTree(request.body());
    assertThat(body.path("activityId").asText()).isEqualTo(id);
    assertThat(body.path("tenantId").asText()).isEqualTo(setup.tenantId());
    assertThat(body.path("type").asText()).isEqualTo("TASK");
    assertThat(body.path("channel").asText()).isEqualTo("SALESMAN");
    assertThat(body.path("reason").asText()).isEqualTo("Restock visit");
    assertThat(body.path("scheduledAt").asText()).isNotBlank();
    JsonNode commerce = body.path("commerce");
    assertThat(commerce.path("id").asText()).isEqualTo(setup.commerce);
    assertThat(commerce.path("externalId").asText()).isEqualTo("ERP-1");
    assertThat(commerce.path("name").asText()).isEqualTo("Almacén Rosa");
    assertThat(commerce.path("primaryAddress").path("street").asText())
        .isEqualTo("Av. Providencia");
    assertThat(commerce.path("primaryAddress").path("city").asText()).isEqualTo("Santiago");
    assertThat(body.path("operator").path("id").asText()).isEqualTo(setup.operator);
    assertThat(body.path("operator").path("externalId").asText()).isEqualTo("E-1");
    assertThat(body.path("operator").path("name").asText()).isEqualTo("Ana Diaz");
    assertThat(body.path("route").path("name").asText()).isEqualTo("North loop");
    assertThat(body.path("targetUsers").isArray()).isTrue();
    assertThat(body.path("targetUsers")).hasSize(1);
    assertThat(body.path("targetUsers").get(0).path("name").asText()).isEqualTo("Rosa Díaz");
    assertThat(body.path("attributes").isObject()).isTrue();
    assertThat(body.path("resultCallbackUrl").asText())
        .endsWith("/api/integration/activity-results/tasks");

    JsonNode activity = setup.activity(id);
    assertThat(activity.path("providerActivityId").asText()).isEqualTo("prov-1");
    assertThat(activity.path("dispatchAttemptCount").asInt()).isEqualTo(1);
    JsonNode events = setup.statusEvents(id);
    assertThat(events.findValuesAsText("eventType")).containsExactly("CREATED", "DISPATCH_SUCCESS");
    JsonNode history = setup.admin.get("/api/activities/" + id + "/history").json();
    JsonNode dispatched = history.get(history.size() - 1);
    assertThat(dispatched.path("eventType").asText()).isEqualTo("ActivityDispatchedEvent");
    assertThat(dispatched.path("actor").path("type").asText()).isEqualTo("SYSTEM");
    assertThat(dispatched.path("actor").path("id").asText()).isEqualTo("dispatcher");
    assertThat(dispatched.path("payload").path("dispatchConfigId").asText()).isEqualTo(config);
    // Accepted once: nothing more arrives.
    await().during(Duration.ofMillis(500)).until(() -> provider.receivedFor(id).size() == 1);
  }

  @Test
  void aScheduledTaskIsSentWhenDueAndNotBefore() {
    setup.configureYom(provider.url(), API_KEY, null);
    Instant due = Instant.now().plusSeconds(2);
    String id = setup.task("later", due);

    await()
        .during(Duration.ofMillis(1200))
        .atMost(Duration.ofSeconds(2))
        .until(() -> provider.receivedFor(id).isEmpty());
    await().atMost(Duration.ofSeconds(5)).until(() -> provider.receivedFor(id).size() == 1);

    Instant received = provider.receivedFor(id).get(0).at();
    assertThat(received).isAfterOrEqualTo(due.minusMillis(50));
    assertThat(Duration.between(due, received)).isLessThan(Duration.ofSeconds(1));
    assertThat(provider.receivedFor(id).get(0).header("X-Reten-Signature")).isNull();
    await().atMost(Duration.ofSeconds(3)).until(() -> "DISPATCHED".equals(setup.status(id)));
  }

  @Test
  void aProviderAnswering500FailsTheTaskAfterExactlyThreeAttempts() {
    provider.failingWith(500);
    setup.configureYom(provider.url(), API_KEY, null);
    String id = setup.task("fails", Instant.now());

    await().atMost(Duration.ofSeconds(8)).until(() -> "FAILED".equals(setup.status(id)));
    await().during(Duration.ofSeconds(1)).until(() -> provider.receivedFor(id).size() == 3);

    List<ProviderStub.Received> attempts = provider.receivedFor(id);
    assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(Duration.between(attempts.get(1).at(), attempts.get(2).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(600));
    assertThat(setup.activity(id).path("dispatchAttemptCount").asInt()).isEqualTo(3);
    JsonNode events = setup.statusEvents(id);
    assertThat(events.findValuesAsText("eventType"))
        .containsExactly(
            "CREATED", "DISPATCH_ATTEMPT_FAILED", "DISPATCH_ATTEMPT_FAILED", "DISPATCH_FAILED");
    for (int i = 1; i <= 3; i++) {
      assertThat(events.get(i).path("errorCode").asText()).isEqualTo("PROVIDER_HTTP_ERROR");
      assertThat(events.get(i).path("errorMessage").asText())
          .isEqualTo("Provider answered HTTP 500");
    }
    assertThat(events.get(1).path("toStatus").asText()).isEqualTo("READY");
    assertThat(events.get(3).path("fromStatus").asText()).isEqualTo("READY");
    assertThat(events.get(3).path("toStatus").asText()).isEqualTo("FAILED");
  }

  @Test
  void aProviderThatNeverAnswersTimesOutThreeTimes() {
    provider.hanging();
    setup.configureYom(provider.url(), API_KEY, null);
    String id = setup.task("hangs", Instant.now());

    await().atMost(Duration.ofSeconds(12)).until(() -> "FAILED".equals(setup.status(id)));

    assertThat(provider.receivedFor(id)).hasSize(3);
    JsonNode last = setup.statusEvents(id).get(3);
    assertThat(last.path("eventType").asText()).isEqualTo("DISPATCH_FAILED");
    assertThat(last.path("errorCode").asText()).isEqualTo("PROVIDER_TIMEOUT");
    assertThat(last.path("errorMessage").asText()).contains("did not answer within 1000 ms");
  }

  @Test
  void anUnreachableProviderFailsTheTaskAfterThreeAttempts() {
    setup.configureYom(ProviderStub.deadUrl(), API_KEY, null);
    String id = setup.task("refused", Instant.now());

    await().atMost(Duration.ofSeconds(8)).until(() -> "FAILED".equals(setup.status(id)));

    JsonNode events = setup.statusEvents(id);
    assertThat(events.findValuesAsText("eventType"))
        .containsExactly(
            "CREATED", "DISPATCH_ATTEMPT_FAILED", "DISPATCH_ATTEMPT_FAILED", "DISPATCH_FAILED");
    for (int i = 1; i <= 3; i++) {
      assertThat(events.get(i).path("errorCode").asText()).isEqualTo("PROVIDER_UNREACHABLE");
    }
    assertThat(events.get(3).path("errorMessage").asText())
        .startsWith("Provider could not be reached");
    assertThat(setup.activity(id).path("dispatchAttemptCount").asInt()).isEqualTo(3);
  }

  @Test
  void withoutAnActiveConfigADueActivityFailsAtOnce() {
    String id = setup.message("no-config", "SMS", Instant.now());

    await().atMost(Duration.ofSeconds(5)).until(() -> "FAILED".equals(setup.status(id)));

    JsonNode events = setup.statusEvents(id);
    assertThat(events.findValuesAsText("eventType")).containsExactly("CREATED", "DISPATCH_FAILED");
    assertThat(events.get(1).path("errorCode").asText()).isEqualTo("NO_ACTIVE_DISPATCH_CONFIG");
    assertThat(events.get(1).path("errorMessage").asText())
        .isEqualTo("No active dispatch config for channel SMS");
    assertThat(setup.activity(id).path("dispatchAttemptCount").asInt()).isZero();
  }

  @Test
  void theMockProviderAcceptsInProcess() {
    setup.configureMock("WHATSAPP");
    String id = setup.message("mocked", "WHATSAPP", Instant.now());

    await().atMost(Duration.ofSeconds(5)).until(() -> "DISPATCHED".equals(setup.status(id)));

    assertThat(setup.activity(id).path("providerActivityId").asText()).startsWith("mock-");
    assertThat(provider.received()).isEmpty();
  }

  @Test
  void aCanceledTaskIsNeverSent() {
    setup.configureYom(provider.url(), API_KEY, null);
    String id = setup.task("canceled", Instant.now().plusMillis(1500));
    assertThat(setup.admin.patch("/api/activities/" + id + "/cancel", java.util.Map.of()).status())
        .isEqualTo(200);

    await().during(Duration.ofMillis(2500)).until(() -> provider.receivedFor(id).isEmpty());
    assertThat(setup.status(id)).isEqualTo("CANCELED");
  }

  @Test
  void theIssuesDoneWhenFlow() throws Exception {
    // As a tenant admin: YOM for SALESMAN against a local provider, requests signed.
    String config = setup.configureYom(provider.url(), API_KEY, SECRET);
    String now = setup.task("done-now", Instant.now());
    String later = setup.task("done-later", Instant.now().plusSeconds(5));

    await()
        .atMost(Duration.ofSeconds(12))
        .until(
            () ->
                "DISPATCHED".equals(setup.status(now)) && "DISPATCHED".equals(setup.status(later)));
    await().during(Duration.ofMillis(500)).until(() -> provider.received().size() == 2);
    for (String id : List.of(now, later)) {
      assertThat(provider.receivedFor(id)).hasSize(1);
      assertSigned(provider.receivedFor(id).get(0), SECRET);
    }

    // Pointed at a dead port, the next task fails after three attempts, and says why.
    var patched =
        setup.admin.patch(
            "/api/dispatch-configs/" + config,
            java.util.Map.of("base_url", ProviderStub.deadUrl()));
    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    String next = setup.task("done-next", Instant.now());
    await().atMost(Duration.ofSeconds(8)).until(() -> "FAILED".equals(setup.status(next)));
    JsonNode events = setup.statusEvents(next);
    assertThat(events.findValuesAsText("eventType"))
        .containsExactly(
            "CREATED", "DISPATCH_ATTEMPT_FAILED", "DISPATCH_ATTEMPT_FAILED", "DISPATCH_FAILED");
    assertThat(events.get(3).path("errorCode").asText()).isEqualTo("PROVIDER_UNREACHABLE");
    assertThat(events.get(3).path("errorMessage").asText()).isNotBlank();
    assertThat(setup.activity(next).path("dispatchAttemptCount").asInt()).isEqualTo(3);
    assertThat(provider.receivedFor(next)).isEmpty();
  }

  @Test
  void credentialsAppearInNoTableNoResponseAndNoLog(CapturedOutput output) throws Exception {
    String apiKey = "sk-plain-" + java.util.UUID.randomUUID();
    String secret = "whsec-plain-" + java.util.UUID.randomUUID();
    String rotated = "sk-rotated-" + java.util.UUID.randomUUID();
    StringBuilder responses = new StringBuilder();

    String config = setup.configureYom(provider.url(), apiKey, secret);
    String sent = setup.task("secret-1", Instant.now());
    await().atMost(Duration.ofSeconds(5)).until(() -> "DISPATCHED".equals(setup.status(sent)));
    assertThat(provider.receivedFor(sent).get(0).header("x-api-key")).isEqualTo(apiKey);
    assertSigned(provider.receivedFor(sent).get(0), secret);
    var patched =
        setup.admin.patch(
            "/api/dispatch-configs/" + config,
            java.util.Map.of("credentials", java.util.Map.of("apiKey", rotated)));
    responses.append(patched.json());
    provider.failingWith(500);
    String failed = setup.task("secret-2", Instant.now());
    await().atMost(Duration.ofSeconds(8)).until(() -> "FAILED".equals(setup.status(failed)));
    assertThat(provider.receivedFor(failed).get(0).header("x-api-key")).isEqualTo(rotated);
    for (String path :
        List.of(
            "/api/dispatch-configs",
            "/api/dispatch-configs/" + config,
            "/api/activities/" + sent + "/history",
            "/api/activities/" + failed + "/history",
            "/api/activities/" + failed + "/status-events")) {
      responses.append(setup.admin.get(path).json());
    }

    String tables = everyTableAsText();
    assertThat(tables).contains(config, sent, "v1:");
    assertThat(tables).doesNotContain(apiKey, secret, rotated);
    assertThat(responses.toString()).contains(config).doesNotContain(apiKey, secret, rotated);
    assertThat(output.getAll()).contains(sent).doesNotContain(apiKey, secret, rotated);
  }

  /** Every row of every table, event payloads included, as text. */
  private String everyTableAsText() {
    StringBuilder dump = new StringBuilder();
    List<String> tables =
        jdbc.queryForList(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE'",
            String.class);
    assertThat(tables).contains("domain_event_entry", "rm_dispatch_config", "dispatch_job");
    for (String table : tables) {
      jdbc.query(
          "SELECT * FROM " + table,
          row -> {
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
              Object value = row.getObject(column);
              dump.append(
                      value instanceof byte[] bytes
                          ? new String(bytes, StandardCharsets.UTF_8)
                          : String.valueOf(value))
                  .append('\t');
            }
            dump.append('\n');
          });
    }
    return dump.toString();
  }

  /** Recomputes §5.4's signature: HMAC-SHA256 of "t.body" under the shared secret. */
  static void assertSigned(ProviderStub.Received request, String secret) throws Exception {
    String header = request.header("X-Reten-Signature");
    assertThat(header).as("signature header").isNotNull();
    Matcher matcher = SIGNATURE.matcher(header);
    assertThat(matcher.matches()).as("signature %s", header).isTrue();
    long t = Long.parseLong(matcher.group(1));
    assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(60);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
    assertThat(matcher.group(2)).isEqualTo(expected);
  }
}
