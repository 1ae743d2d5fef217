package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TaskWorld;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * Prometheus shows Axon's figures for commands and tracking processors, and none for what {@link
 * AxonMetrics} leaves unmonitored (the query bus, inline processors).
 */
@AutoConfigureObservability
class AxonMetricsTest extends IntegrationTest {

  @LocalManagementPort private int managementPort;

  @Test
  void commandsAndTrackingProcessorsAreMeasuredPerName() {
    TaskWorld.create(api, asRoot()).task("measured");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              List<String> axon = prometheus().lines().filter(l -> !l.startsWith("#")).toList();
              assertThat(axon)
                  .as("command handling per command")
                  .anyMatch(l -> l.startsWith("commandBus") && l.contains("CreateActivityCommand"));
              assertThat(axon)
                  .as("a tracking processor's latency and handling")
                  .anyMatch(l -> l.startsWith("eventProcessor") && l.contains("\"event-log\""));
              assertThat(axon)
                  .as("inline processors and the query bus are not monitored")
                  .noneMatch(l -> l.startsWith("eventProcessor") && l.contains("\"activities\""))
                  .noneMatch(l -> l.startsWith("queryBus"));
            });
  }

  @Test
  void aTrackingProcessorCountsNoEventOfATypeItHasNoHandlerFor() throws Exception {
    TaskWorld.create(api, asRoot()).task("not the tenants processor's");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(prometheus().lines())
                    .as("the event log handled the activity's events")
                    .anyMatch(l -> counted(l, "eventProcessor_successCounter", "event-log")));

    assertThat(prometheus().lines())
        .as("the tenants processor read them too, and counted none as ignored")
        .noneMatch(l -> counted(l, "eventProcessor_ignoredCounter", "tenants"));
  }

  private static boolean counted(String line, String meter, String processor) {
    return line.startsWith(meter)
        && line.contains("processorName=\"" + processor + "\"")
        && Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) > 0;
  }

  private String prometheus() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
