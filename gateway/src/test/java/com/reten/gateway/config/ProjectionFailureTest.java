package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.Tenants;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A processor without a dead-letter queue (kafka-publisher; this test's probe) that throws must
 * neither lose the event nor process later ones past it: it logs at ERROR with the event id, halts,
 * and on recovery handles the failed event first. Processors with a queue: DeadLetterFlowTest.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProjectionFailureTest extends IntegrationTest {

  @AfterEach
  void heal() {
    FailureProbeProjection.FAILING.set(false);
  }

  @Test
  void aFailingHandlerHaltsLoudlyAndResumesWithoutSkipping(CapturedOutput output) {
    ApiClient root = asRoot();
    FailureProbeProjection.FAILING.set(true);

    assertThat(
            root.post(
                    "/api/tenant/setup", Tenants.setupBody("explode-now", "explode-now@acme.test"))
                .status())
        .isEqualTo(201);
    assertThat(
            root.post("/api/tenant/setup", Tenants.setupBody("after-it", "after-it@acme.test"))
                .status())
        .isEqualTo(201);
    String eventId =
        jdbc.queryForObject(
            "SELECT event_identifier FROM domain_event_entry"
                + " WHERE payload_type LIKE '%TenantCreatedEvent' ORDER BY global_index LIMIT 1",
            String.class);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(output.getOut())
                    .contains("ERROR")
                    .contains(
                        "Projection FailureProbeProjection failed on event "
                            + eventId
                            + " (TenantCreatedEvent)"));
    assertThat(FailureProbeProjection.HANDLED).doesNotContain("explode-now", "after-it");
    assertThat(api.get("/api/health").json().path("status").asText()).isEqualTo("DEGRADED");

    FailureProbeProjection.FAILING.set(false);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(FailureProbeProjection.HANDLED)
                    .containsSubsequence("explode-now", "after-it"));
    assertThat(FailureProbeProjection.HANDLED).containsOnlyOnce("explode-now", "after-it");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> api.get("/api/health").json().path("status").asText().equals("UP"));
  }

  @Test
  void theLogEscapesControlCharacters(CapturedOutput output) {
    LoggerFactory.getLogger(getClass())
        .error("value a\u0000b\u001B[2J", new IllegalStateException("cause c\u0000d"));

    assertThat(output.getOut())
        .contains("value a\\u0000b\\u001B[2J")
        .contains("cause c\\u0000d")
        .doesNotContain("\u0000", "\u001B[2J");
  }

  /**
   * The driver's message leaves out the server's DETAIL line, where PostgreSQL puts row values
   * ("Key (email)=(ana@…) already exists", "Failing row contains (…)"), so an ERROR line that
   * prints the exception prints none; SQLSTATE and the message stay.
   */
  @Test
  void databaseErrorsReachTheLogWithoutTheirRowValues() {
    assertThatThrownBy(
            () ->
                // The detail is built by the server, so the statement's own text never holds it.
                jdbc.execute(
                    "DO $$ BEGIN RAISE EXCEPTION 'refused' USING DETAIL = 'row-' || 'value-42';"
                        + " END $$"))
        .hasMessageContaining("refused")
        .satisfies(thrown -> assertThat(stackTraceOf(thrown)).doesNotContain("row-value-42"));
  }

  private static String stackTraceOf(Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
