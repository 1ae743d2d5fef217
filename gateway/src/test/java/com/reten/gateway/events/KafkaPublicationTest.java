package com.reten.gateway.events;

import static com.reten.gateway.events.KafkaBroker.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.gateway.security.Sha256;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.RunningApp;
import com.reten.gateway.support.Tenants;
import com.reten.gateway.support.TestTenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With {@code reten.kafka.enabled}, every event reaches the {@code reten.events} topic of a real
 * (embedded KRaft) broker: keyed by aggregate, with its headers, in each aggregate's order, without
 * secrets, and after a restart on the same database publication resumes from its token.
 */
class KafkaPublicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(120);

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
  void everyEventIsPublishedInOrderAndARestartResumesFromTheToken() {
    String[] args = KafkaBroker.appArgs(broker.address());
    try (KafkaConsumer<String, byte[]> consumer = consumer()) {
      List<StoredEvent> before;
      String plaintextKey;
      TestTenant acme;
      List<ConsumerRecord<String, byte[]>> first;
      try (RunningApp app = RunningApp.start(args)) {
        ApiClient root =
            app.api().signIn(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD);
        acme = TestTenant.create(app.api(), root);
        ApiClient admin = acme.admin();
        String commerce = commerce(admin, "K-1");
        for (int i = 0; i < 3; i++) {
          rename(admin, commerce, "Renamed " + i);
          activity(admin, commerce, "k-" + i);
        }
        plaintextKey = apiKey(admin);
        before = storedEvents(app);
        first = consumeUntil(consumer, ids(before));
      }

      assertPublished(first, before);
      StoredEvent created = find(before, "TenantCreatedEvent");
      ConsumerRecord<String, byte[]> tenantCreated = recordOf(first, created.eventId());
      assertThat(header(tenantCreated, "tenant")).isEqualTo(acme.id());
      assertThat(header(tenantCreated, "revision")).isEqualTo("1");
      assertThat(header(tenantCreated, "correlation")).isNotBlank();
      assertThat(Instant.parse(header(tenantCreated, "occurredAt"))).isNotNull();
      String payloads =
          first.stream()
              .map(r -> new String(r.value(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("\n"));
      assertThat(payloads)
          .contains("\"keyHash\":\"[REDACTED]\"")
          .doesNotContain(plaintextKey)
          .doesNotContain(Sha256.hex(plaintextKey))
          .doesNotContain("$2a$")
          .doesNotContain("$argon2");

      try (RunningApp app = RunningApp.start(args)) {
        ApiClient admin =
            app.api().signIn(acme.email("admin"), Tenants.ADMIN_PASSWORD).inTenant(acme.id());
        String commerce = commerce(admin, "K-2");
        activity(admin, commerce, "after-restart");
        rename(admin, commerce, "Renamed after restart");
        List<StoredEvent> all = storedEvents(app);
        List<StoredEvent> after = all.subList(before.size(), all.size());
        List<ConsumerRecord<String, byte[]>> second = consumeUntil(consumer, ids(after));

        assertPublished(second, after);
        List<String> republished =
            second.stream()
                .map(r -> header(r, "eventId"))
                .filter(ids(before)::contains)
                .distinct()
                .toList();
        List<String> beforeIds = before.stream().map(StoredEvent::eventId).toList();
        assertThat(republished)
            .as("only the tail of the first run may be sent again (at-least-once)")
            .hasSizeLessThan(before.size())
            .isEqualTo(beforeIds.subList(before.size() - republished.size(), before.size()));
      }
    }
  }

  @Test
  void aBrokerOutageHaltsPublicationLoudlyAndNothingIsLostWhenItReturns() {
    int port = TcpRelay.freePort();
    String[] args =
        KafkaBroker.appArgs(
            "localhost:" + port, "--spring.kafka.producer.properties.max.block.ms=1000");
    try (RunningApp app = RunningApp.start(args)) {
      ApiClient root = app.api().signIn(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD);
      TestTenant acme = TestTenant.create(app.api(), root);
      ApiClient admin = acme.admin();
      rename(admin, commerce(admin, "OUT-1"), "Written while Kafka is down");
      StreamingEventProcessor publisher =
          app.bean(EventProcessingConfiguration.class)
              .eventProcessor("kafka-publisher", StreamingEventProcessor.class)
              .orElseThrow();
      await()
          .atMost(PATIENCE)
          .until(
              () -> publisher.processingStatus().values().stream().anyMatch(s -> s.isErrorState()));

      try (TcpRelay brokerIsBack = TcpRelay.open(port, broker.address());
          KafkaConsumer<String, byte[]> consumer = consumer("outage-test")) {
        List<StoredEvent> stored = storedEvents(app);
        assertPublished(consumeUntil(consumer, ids(stored)), stored);
      }
    }
  }

  /** Each stored event is on the topic, keyed and typed, every aggregate's records in order. */
  private static void assertPublished(
      List<ConsumerRecord<String, byte[]>> records, List<StoredEvent> stored) {
    Map<String, StoredEvent> byId = new HashMap<>();
    stored.forEach(e -> byId.put(e.eventId(), e));
    Map<String, List<Long>> sequencesByKey = new LinkedHashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      StoredEvent event = byId.get(header(record, "eventId"));
      if (event == null) {
        continue;
      }
      assertThat(record.key()).isEqualTo(event.aggregateId());
      assertThat(header(record, "type")).isEqualTo(event.type());
      assertThat(header(record, "occurredAt")).endsWith("Z");
      JsonNode payload = parse(record.value());
      assertThat(payload.isObject()).as("payload of %s", event).isTrue();
      sequencesByKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.sequence());
    }
    assertThat(sequencesByKey.values()).allSatisfy(s -> assertThat(s).isSorted());
    assertThat(sequencesByKey.values()).anyMatch(s -> s.size() > 1);
  }

  private static List<ConsumerRecord<String, byte[]>> consumeUntil(
      KafkaConsumer<String, byte[]> consumer, Set<String> eventIds) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    await()
        .atMost(PATIENCE)
        .pollInSameThread()
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(200)).forEach(records::add);
              return records.stream()
                  .map(r -> header(r, "eventId"))
                  .collect(Collectors.toSet())
                  .containsAll(eventIds);
            });
    return records;
  }

  private static KafkaConsumer<String, byte[]> consumer() {
    return consumer("kafka-publication-test");
  }

  private static KafkaConsumer<String, byte[]> consumer(String group) {
    return broker.consumer(group);
  }

  record StoredEvent(String eventId, String aggregateId, long sequence, String type) {}

  /** The event store's domain events in global order. */
  private static List<StoredEvent> storedEvents(RunningApp app) {
    return app.bean(JdbcTemplate.class)
        .query(
            "SELECT event_identifier, aggregate_identifier, sequence_number, payload_type"
                + " FROM domain_event_entry ORDER BY global_index",
            (row, i) ->
                new StoredEvent(
                    row.getString(1),
                    row.getString(2),
                    row.getLong(3),
                    row.getString(4).substring(row.getString(4).lastIndexOf('.') + 1)));
  }

  private static Set<String> ids(List<StoredEvent> events) {
    return events.stream().map(StoredEvent::eventId).collect(Collectors.toSet());
  }

  private static StoredEvent find(List<StoredEvent> events, String type) {
    return events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
  }

  private static ConsumerRecord<String, byte[]> recordOf(
      List<ConsumerRecord<String, byte[]>> records, String eventId) {
    return records.stream()
        .filter(r -> eventId.equals(header(r, "eventId")))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode parse(byte[] value) {
    try {
      return JSON.readTree(value);
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + new String(value, StandardCharsets.UTF_8), e);
    }
  }

  private static String commerce(ApiClient admin, String externalId) {
    return created(
        admin.post(
            "/api/commerces", Map.of("name", "Store " + externalId, "external_id", externalId)));
  }

  private static void rename(ApiClient admin, String commerce, String name) {
    ApiResponse renamed = admin.patch("/api/commerces/" + commerce, Map.of("name", name));
    assertThat(renamed.status()).as("%s", renamed).isEqualTo(200);
  }

  private static void activity(ApiClient admin, String commerce, String key) {
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
    created(admin.post("/api/activities", body));
  }

  private static String apiKey(ApiClient admin) {
    ApiResponse created =
        admin.post(
            "/api/api-keys", Map.of("name", "kafka", "permissions", List.of("VIEW_ACTIVITIES")));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("plaintextKey").asText();
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
