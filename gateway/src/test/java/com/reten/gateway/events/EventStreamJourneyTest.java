package com.reten.gateway.events;

import static com.reten.gateway.events.KafkaBroker.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.RunningApp;
import com.reten.gateway.support.Tenants;
import com.reten.gateway.support.TestTenant;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event stream's "done when" (issue 8), as an analytics engineer uses it: read the tenant's
 * stream from the start in pages, follow it live over SSE while activities are created, restart the
 * app and resume from the last cursor with no gap and no duplicate; and, with Kafka enabled, find
 * the same events on {@code reten.events} in each aggregate's order.
 */
class EventStreamJourneyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = KafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  void pagesThenLiveThenRestartAndResumeWithoutGapsOrDuplicates() {
    String[] args = KafkaBroker.appArgs(broker.address());
    TestTenant acme;
    List<JsonNode> read = new ArrayList<>();
    String cursor;
    try (RunningApp app = RunningApp.start(args)) {
      ApiClient root = app.api().signIn(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD);
      acme = TestTenant.create(app.api(), root);
      ApiClient admin = acme.admin();
      String commerce = commerce(admin, "J-1");
      for (int i = 0; i < 3; i++) {
        activity(admin, commerce, "paged-" + i);
      }

      cursor = readPages(admin, "", 2, read);
      assertThat(types(read)).contains("TenantCreatedEvent", "ActivityCreatedEvent");

      HttpResponse<Stream<String>> live =
          admin.lines("/api/events?after=" + cursor, "text/event-stream");
      assertThat(live.statusCode()).isEqualTo(200);
      try (Stream<String> lines = live.body()) {
        Iterator<String> messages = lines.iterator();
        Set<String> expected = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2; i++) {
          expected.add(activity(admin, commerce, "live-" + i));
        }
        while (!seen.containsAll(expected)) {
          JsonNode event = nextMessage(messages);
          read.add(event);
          seen.add(event.path("aggregateId").asText());
          cursor = event.path("cursor").asText();
        }
      }
    }

    try (RunningApp app = RunningApp.start(args)) {
      ApiClient admin =
          app.api().signIn(acme.email("admin"), Tenants.ADMIN_PASSWORD).inTenant(acme.id());
      String commerce = commerce(admin, "J-2");
      activity(admin, commerce, "after-restart");
      readPages(admin, cursor, 3, read);

      List<JsonNode> fromScratch = new ArrayList<>();
      readPages(admin, "", 1000, fromScratch);
      assertThat(cursors(read)).doesNotHaveDuplicates();
      assertThat(read).as("resumed reading = one read from the start").isEqualTo(fromScratch);
      assertThat(types(read).stream().filter("ActivityCreatedEvent"::equals)).hasSize(6);

      assertSameEventsOnKafka(acme.id(), read);
    }
  }

  /**
   * The tenant's records on the topic, re-deliveries dropped by event id, are the stream's events:
   * per aggregate the same types in the same order.
   */
  private static void assertSameEventsOnKafka(String tenantId, List<JsonNode> stream) {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    stream.forEach(
        e ->
            expected
                .computeIfAbsent(e.path("aggregateId").asText(), k -> new ArrayList<>())
                .add(e.path("eventType").asText()));
    Map<String, List<String>> published = new LinkedHashMap<>();
    Set<String> eventIds = new HashSet<>();
    try (KafkaConsumer<String, byte[]> consumer = consumer()) {
      await()
          .atMost(PATIENCE)
          .pollInSameThread()
          .until(
              () -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                  if (tenantId.equals(header(r, "tenant")) && eventIds.add(header(r, "eventId"))) {
                    published
                        .computeIfAbsent(r.key(), k -> new ArrayList<>())
                        .add(header(r, "type"));
                  }
                }
                return eventIds.size() >= stream.size();
              });
    }
    assertThat(published).isEqualTo(expected);
  }

  /** Reads pages of {@code limit} after {@code after} into {@code into}; the last cursor. */
  private static String readPages(ApiClient client, String after, int limit, List<JsonNode> into) {
    String cursor = after;
    while (true) {
      ApiResponse response = client.get("/api/events?limit=" + limit + "&after=" + cursor);
      assertThat(response.status()).as("%s", response).isEqualTo(200);
      JsonNode data = response.json().withArray("data");
      if (data.isEmpty()) {
        assertThat(response.json().path("nextCursor").asText()).isEqualTo(cursor);
        return cursor;
      }
      data.forEach(into::add);
      cursor = response.json().path("nextCursor").asText();
    }
  }

  /** The data of the next SSE message (comments skipped), or a failure after a while. */
  private static JsonNode nextMessage(Iterator<String> lines) {
    return assertTimeoutPreemptively(
        PATIENCE,
        () -> {
          while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:")) {
              return JSON.readTree(line.substring(5));
            }
          }
          throw new AssertionError("The stream ended");
        });
  }

  private static List<String> types(List<JsonNode> events) {
    return events.stream().map(e -> e.path("eventType").asText()).toList();
  }

  private static List<String> cursors(List<JsonNode> events) {
    return events.stream().map(e -> e.path("cursor").asText()).toList();
  }

  private static KafkaConsumer<String, byte[]> consumer() {
    return broker.consumer("event-stream-journey");
  }

  private static String commerce(ApiClient admin, String externalId) {
    return created(
        admin.post(
            "/api/commerces", Map.of("name", "Store " + externalId, "external_id", externalId)));
  }

  private static String activity(ApiClient admin, String commerce, String key) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "MESSAGE");
    body.put("reason", "Low stock");
    body.put("channel", "WHATSAPP");
    body.put("commerce_id", commerce);
    body.put("idempotency_key", key);
    body.put("scheduled_at", "2026-12-01T10:00:00Z");
    body.put("suggested_execution_time", "mornings");
    body.put("user_status", "ACTIVE");
    body.put("score", 5);
    body.put("assignment_reason", "rule 4");
    return created(admin.post("/api/activities", body));
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
