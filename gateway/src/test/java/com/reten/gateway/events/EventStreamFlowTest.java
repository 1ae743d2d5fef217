package com.reten.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.gateway.security.Sha256;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.Tenants;
import com.reten.gateway.support.TestTenant;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;

/** GET /api/events as auditors and analytics consumers use it, over real HTTP. */
class EventStreamFlowTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private TestTenant acme;
  private TestTenant globex;
  private ApiClient acmeAdmin;
  private ApiClient globexAdmin;

  @BeforeEach
  void twoTenants() {
    ApiClient root = asRoot();
    acme = TestTenant.create(api, root);
    globex = TestTenant.create(api, root);
    acmeAdmin = acme.admin();
    globexAdmin = globex.admin();
  }

  @Autowired private ApplicationContext context;
  @Autowired private EventProcessingConfiguration processing;

  @Test
  void kafkaPublicationIsOffByDefault() {
    assertThat(context.getBeanNamesForType(KafkaTemplate.class)).isEmpty();
    assertThat(processing.eventProcessor("kafka-publisher")).isEmpty();
    assertThat(processing.eventProcessor("event-log")).isPresent();
  }

  @Test
  void aTenantReadsOnlyItsOwnEventsInOrderPageByPage() {
    List<String> acmeCommerces = new ArrayList<>();
    List<String> globexCommerces = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      acmeCommerces.add(commerce(acmeAdmin, "A-" + i));
      globexCommerces.add(commerce(globexAdmin, "G-" + i));
    }

    List<JsonNode> acmeEvents = readAll(acmeAdmin, 2);
    List<JsonNode> globexEvents = readAll(globexAdmin, 3);

    assertThat(registered(acmeEvents)).containsExactlyElementsOf(acmeCommerces);
    assertThat(registered(globexEvents)).containsExactlyElementsOf(globexCommerces);
    assertOnlyTenant(acmeEvents, acme.id());
    assertOnlyTenant(globexEvents, globex.id());
    assertThat(cursors(acmeEvents)).doesNotHaveDuplicates();
    assertThat(cursors(acmeEvents))
        .containsExactlyElementsOf(cursors(page(acmeAdmin, "limit=1000").withArray("data")));
    JsonNode first = acmeEvents.get(0);
    assertThat(first.path("eventType").asText()).isEqualTo("TenantCreatedEvent");
    assertThat(first.path("aggregateType").asText()).isEqualTo("Tenant");
    assertThat(first.path("revision").asText()).isEqualTo("1");
    JsonNode commerce = acmeEvents.get(acmeEvents.size() - 1);
    assertThat(commerce.path("actor").path("type").asText()).isEqualTo("USER");
    assertThat(commerce.path("actor").path("id").asText()).isNotBlank();
    assertThat(commerce.path("sequence").asLong()).isZero();
    assertThat(commerce.path("occurredAt").asText()).endsWith("Z");
  }

  @Test
  void anEmptyPageHandsBackTheCursorItStartedFrom() {
    JsonNode all = page(acmeAdmin, "limit=1000");
    String head = all.path("nextCursor").asText();

    JsonNode empty = page(acmeAdmin, "after=" + head);

    assertThat(toList(empty.withArray("data"))).isEmpty();
    assertThat(empty.path("nextCursor").asText()).isEqualTo(head);
  }

  @Test
  void typesAndAggregateNarrowTheStream() {
    String commerce = commerce(acmeAdmin, "F-1");
    commerce(acmeAdmin, "F-2");
    ApiResponse renamed =
        acmeAdmin.patch("/api/commerces/" + commerce, Map.of("name", "Renamed F-1"));
    assertThat(renamed.status()).as("%s", renamed).isEqualTo(200);

    JsonNode registered = page(acmeAdmin, "types=CommerceRegisteredEvent").withArray("data");
    assertThat(registered).hasSize(2);
    assertThat(registered)
        .allMatch(e -> e.path("eventType").asText().equals("CommerceRegisteredEvent"));

    JsonNode ofOne = page(acmeAdmin, "aggregate_id=" + commerce).withArray("data");
    assertThat(ofOne)
        .extracting(e -> e.path("eventType").asText())
        .containsExactly("CommerceRegisteredEvent", "CommerceUpdatedEvent");
    assertThat(ofOne).extracting(e -> e.path("sequence").asLong()).containsExactly(0L, 1L);

    JsonNode both =
        page(acmeAdmin, "types=CommerceUpdatedEvent,%20TenantCreatedEvent").withArray("data");
    assertThat(both)
        .extracting(e -> e.path("eventType").asText())
        .containsExactly("TenantCreatedEvent", "CommerceUpdatedEvent");
    assertThat(toList(page(acmeAdmin, "types=NoSuchEvent").withArray("data"))).isEmpty();
  }

  @Test
  void malformedParametersAreBadRequests() {
    acmeAdmin.get("/api/events?limit=0").assertError(400, "Bad Request");
    acmeAdmin.get("/api/events?limit=1001").assertError(400, "Bad Request");
    acmeAdmin.get("/api/events?limit=ten").assertError(400, "Bad Request");
    acmeAdmin.get("/api/events?after=not-a-cursor").assertError(400, "Bad Request");
    acmeAdmin.get("/api/events?after=" + base64("v1:-5")).assertError(400, "Bad Request");
    acmeAdmin.get("/api/events?types=Bad-Name").assertError(400, "Bad Request");
    assertThat(
            acmeAdmin
                .get("/api/events?aggregate_id=not-a-uuid")
                .assertError(400, "Bad Request")
                .json()
                .path("message")
                .asText())
        .isEqualTo("aggregate_id must be a UUID");
    assertThat(toList(page(acmeAdmin, "limit=1000").withArray("data"))).isNotEmpty();

    HttpResponse<Stream<String>> ndjson =
        acmeAdmin.lines("/api/events?after=garbage", EventStreamFormats.NDJSON);
    try (Stream<String> body = ndjson.body()) {
      assertThat(ndjson.statusCode()).isEqualTo(400);
      JsonNode error = parse(String.join("", body.toList()));
      assertThat(error.path("statusCode").asInt()).isEqualTo(400);
      assertThat(error.path("error").asText()).isEqualTo("Bad Request");
    }
  }

  @Test
  void onlyHoldersOfViewAuditLogReadTheStream() {
    acme.member("fde", "FDE").get("/api/events").assertError(403, "Forbidden");
    acme.member("viewer", "VIEWER").get("/api/events").assertError(403, "Forbidden");
    ApiClient integrator =
        api.withHeader("x-api-key", apiKey(acmeAdmin, List.of("VIEW_AUDIT_LOG")));

    ApiResponse viaKey = integrator.get("/api/events?limit=1000");

    assertThat(viaKey.status()).as("%s", viaKey).isEqualTo(200);
    assertOnlyTenant(List.copyOf(toList(viaKey.json().withArray("data"))), acme.id());
    api.withHeader("x-api-key", apiKey(acmeAdmin, List.of("VIEW_ACTIVITIES")))
        .get("/api/events")
        .assertError(403, "Forbidden");
  }

  @Test
  void noSecretLeavesInAnyPayload() {
    String plaintextKey = apiKey(acmeAdmin, List.of("VIEW_ACTIVITIES"));
    String member = acme.addMember("mia", "FDE");
    ApiResponse reset =
        acmeAdmin.post(
            "/api/auth/reset-user-password",
            Map.of("user_id", member, "new_password", "another-password-9"));
    assertThat(reset.status()).as("%s", reset).isEqualTo(200);

    List<JsonNode> events = readAll(acmeAdmin, 1000);
    String text = events.toString();

    assertThat(text).doesNotContain(Sha256.hex(plaintextKey)).doesNotContain(plaintextKey);
    assertThat(fieldValues(events, "keyHash")).containsOnly("[REDACTED]").isNotEmpty();
    assertThat(fieldValues(events, "passwordHash"))
        .containsOnly("[REDACTED]")
        .hasSizeGreaterThan(1);
    assertThat(text).doesNotContain("$2a$").doesNotContain("$argon2");
  }

  @Test
  void platformEventsAreForSuperAdminsOnly() {
    ApiClient root = asRoot();

    List<JsonNode> platform =
        toList(page(root, "/api/admin/events", "limit=1000").withArray("data"));

    assertThat(platform)
        .extracting(e -> e.path("eventType").asText())
        .contains("SessionStartedEvent");
    assertThat(fieldValues(platform, "tokenHash")).isNotEmpty().containsOnly("[REDACTED]");
    assertThat(platform)
        .allMatch(
            e ->
                e.path("payload").path("tenantId").isMissingNode()
                    || e.path("payload").path("tenantId").isNull());
    assertThat(readAll(acmeAdmin, 1000))
        .extracting(e -> e.path("eventType").asText())
        .doesNotContain("SessionStartedEvent", "SessionRotatedEvent");
    acmeAdmin.get("/api/admin/events").assertError(403, "Forbidden");
    api.signIn(acme.email("admin"), Tenants.ADMIN_PASSWORD)
        .get("/api/admin/events")
        .assertError(403, "Forbidden");
  }

  @Test
  void ndjsonStreamsEverythingAfterTheCursor() {
    for (int i = 0; i < 3; i++) {
      commerce(acmeAdmin, "N-" + i);
    }
    String afterFirst = page(acmeAdmin, "limit=1").path("nextCursor").asText();
    JsonNode rest = page(acmeAdmin, "limit=1000&after=" + afterFirst).withArray("data");

    HttpResponse<Stream<String>> export =
        acmeAdmin.lines("/api/events?after=" + afterFirst, EventStreamFormats.NDJSON);

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("content-type").orElse(""))
        .startsWith(EventStreamFormats.NDJSON);
    try (Stream<String> lines = export.body()) {
      assertThat(lines.map(EventStreamFlowTest::parse).toList())
          .containsExactlyElementsOf(toList(rest));
    }
  }

  @Test
  void sseFollowsNewEventsAndResumesFromTheLastEventId() {
    String head = page(acmeAdmin, "limit=1000").path("nextCursor").asText();
    String seen;
    HttpResponse<Stream<String>> live =
        acmeAdmin.lines("/api/events?after=" + head, "text/event-stream");
    assertThat(live.statusCode()).isEqualTo(200);
    try (Stream<String> lines = live.body()) {
      String first = commerce(acmeAdmin, "L-1");
      SseMessage message = nextMessage(lines.iterator());
      assertThat(message.data().path("aggregateId").asText()).isEqualTo(first);
      assertThat(message.id()).isEqualTo(message.data().path("cursor").asText());
      seen = message.id();
    }

    String second = commerce(acmeAdmin, "L-2");
    HttpResponse<Stream<String>> resumed =
        acmeAdmin.lines("/api/events?after=" + head, "text/event-stream", "Last-Event-ID", seen);
    try (Stream<String> lines = resumed.body()) {
      SseMessage message = nextMessage(lines.iterator());
      assertThat(message.data().path("aggregateId").asText()).isEqualTo(second);
      assertThat(message.data().path("eventType").asText()).isEqualTo("CommerceRegisteredEvent");
    }
  }

  record SseMessage(String id, JsonNode data) {}

  /** The next SSE message (comments skipped), or a failure after {@link #PATIENCE}. */
  private static SseMessage nextMessage(Iterator<String> lines) {
    return assertTimeoutPreemptively(
        PATIENCE,
        () -> {
          String id = null;
          while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("id:")) {
              id = line.substring(3).trim();
            } else if (line.startsWith("data:")) {
              return new SseMessage(id, parse(line.substring(5)));
            }
          }
          throw new AssertionError("The stream ended");
        });
  }

  /** Every event of the caller's stream, read in pages of {@code limit}. */
  private static List<JsonNode> readAll(ApiClient client, int limit) {
    List<JsonNode> events = new ArrayList<>();
    String after = "";
    while (true) {
      JsonNode page = page(client, "limit=" + limit + "&after=" + after);
      JsonNode data = page.withArray("data");
      assertThat(data.size()).isLessThanOrEqualTo(limit);
      if (data.isEmpty()) {
        return events;
      }
      data.forEach(events::add);
      after = page.path("nextCursor").asText();
      assertThat(after).isEqualTo(data.get(data.size() - 1).path("cursor").asText());
    }
  }

  private static JsonNode page(ApiClient client, String query) {
    return page(client, "/api/events", query);
  }

  private static JsonNode page(ApiClient client, String path, String query) {
    ApiResponse response = client.get(path + "?" + query);
    assertThat(response.status()).as("%s?%s: %s", path, query, response).isEqualTo(200);
    return response.json();
  }

  private static void assertOnlyTenant(List<JsonNode> events, String tenantId) {
    assertThat(events).isNotEmpty();
    for (JsonNode event : events) {
      JsonNode tenant = event.path("payload").path("tenantId");
      assertThat(tenant.isMissingNode() || tenant.asText().equals(tenantId))
          .as("tenant of %s", event)
          .isTrue();
    }
  }

  private static List<String> registered(List<JsonNode> events) {
    return events.stream()
        .filter(e -> e.path("eventType").asText().equals("CommerceRegisteredEvent"))
        .map(e -> e.path("aggregateId").asText())
        .toList();
  }

  private static List<String> cursors(Iterable<JsonNode> events) {
    List<String> cursors = new ArrayList<>();
    events.forEach(e -> cursors.add(e.path("cursor").asText()));
    return cursors;
  }

  /** The values of every payload field called {@code name}, at any depth. */
  private static List<String> fieldValues(List<JsonNode> events, String name) {
    List<String> values = new ArrayList<>();
    events.forEach(e -> e.path("payload").findValues(name).forEach(v -> values.add(v.asText())));
    return values;
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  private static String commerce(ApiClient admin, String externalId) {
    ApiResponse created =
        admin.post(
            "/api/commerces", Map.of("name", "Store " + externalId, "external_id", externalId));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private static String apiKey(ApiClient admin, List<String> permissions) {
    ApiResponse created =
        admin.post("/api/api-keys", Map.of("name", "stream", "permissions", permissions));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("plaintextKey").asText();
  }

  private static String base64(String text) {
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError("Not JSON: " + text, e);
    }
  }
}
