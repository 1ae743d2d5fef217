package com.reten.gateway.web;

import static com.reten.gateway.web.TextGuardCases.MARK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TaskWorld;
import com.reten.gateway.support.Tenants;
import com.reten.gateway.web.TextGuardCases.As;
import com.reten.gateway.web.TextGuardCases.Refused;
import com.reten.gateway.web.TextGuardCases.Write;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every feature's routes refuse, with 400 naming the field or parameter and before anything is
 * stored, text holding U+0000 or an unpaired surrogate. One world for the whole class (PER_CLASS):
 * a refused request changes nothing in it, and the one accepted write adds an activity no other
 * case looks at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextGuardFlowTest extends IntegrationTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort private int port;

  private World world;

  @BeforeEach
  void world() {
    if (world == null) {
      world = World.create(api, asRoot());
    }
  }

  static Stream<Arguments> refusedWrites() {
    return TextGuardCases.writes()
        .flatMap(write -> Stream.of(Refused.values()).map(refused -> Arguments.of(write, refused)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("refusedWrites")
  void aBodyWithTheCharacterIs400NamingTheFieldAndStoresNothing(Write write, Refused refused) {
    String body = world.fill(write.body()).replace(MARK, refused.jsonEscape);
    String field = write.field().replace(MARK, refused.shownInNames);

    ApiResponse response = sendCounting(write, world.fill(write.path()), body);

    assertRefused(response, "Field '" + field + "' contains " + refused.described);
  }

  /** A query parameter of a write: refused before the body or the route is even looked at. */
  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("refusedWrites")
  void aQueryParameterWithTheCharacterIs400NamingItAndStoresNothing(Write write, Refused refused) {
    String body = world.fill(write.body()).replace(MARK, "");
    String path = world.fill(write.path()) + "?note=a" + refused.percentEncoded + "b";

    ApiResponse response = sendCounting(write, path, body);

    assertRefused(response, "Parameter 'note' contains " + refused.described);
  }

  static Stream<Arguments> refusedReads() {
    Stream<String> reads =
        Stream.of(
            "/api/activities?search=",
            "/api/commerces?search=",
            "/api/commerces?external_id=",
            "/api/operators?search=",
            "/api/routes?search=",
            "/api/user/tenant-users?search=",
            "/api/api-keys?name=",
            "/api/dispatch-providers?code=",
            "/api/dispatch-configs?channel=",
            "/api/activity-results?commerce_external_id=",
            "/api/activity-config/task-result-types?code=",
            "/api/activity-config/target-resolution?strategy=",
            "/api/activity-config/attribute-policies?key=",
            "/api/events?types=",
            "/api/tenant/mine?q=");
    return reads.flatMap(
        read -> Stream.of(Refused.values()).map(refused -> Arguments.of(read, refused)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("refusedReads")
  void aListParameterWithTheCharacterIs400NamingIt(String pathAndName, Refused refused) {
    String name = pathAndName.substring(pathAndName.indexOf('?') + 1, pathAndName.length() - 1);

    ApiResponse response = world.admin().get(pathAndName + "x" + refused.percentEncoded);

    assertRefused(response, "Parameter '" + name + "' contains " + refused.described);
  }

  @Test
  void aParameterNameWithTheCharacterIsShownEscaped() {
    ApiResponse response = world.admin().get("/api/commerces?se%00arch=x");

    assertRefused(response, "Parameter 'se\\u0000arch' contains U+0000 (NUL)");
  }

  @Test
  void theIntegrationTaskListRefusesItsParametersToo() {
    ApiResponse response =
        world.key().get("/api/integration/activities/tasks?external_commerce_id=C%00");

    assertRefused(response, "Parameter 'external_commerce_id' contains U+0000 (NUL)");
  }

  /**
   * Tomcat itself refuses an encoded NUL or surrogate in a path (400, with its own HTML body:
   * before any filter of ours runs), so no path variable can carry one. The variable here is a
   * plain string (a result type's code), so a path let through would not be a 400 at all.
   */
  @ParameterizedTest
  @EnumSource(Refused.class)
  void aPathWithTheCharacterIsRefusedByTomcatAndStoresNothing(Refused refused)
      throws IOException, InterruptedException {
    String path = "/api/activity-config/task-result-types/RESCHEDULE" + refused.percentEncoded;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", world.adminToken())
            .header("x-tenant-id", world.tasks().tenant().id())
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"label\":\"Later\"}"))
            .build();
    long before = quietEventCount();

    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(eventCount()).isEqualTo(before);
  }

  /** Jackson decodes a surrogate's UTF-8-style bytes (CESU-8) to the lone surrogate: refused. */
  @Test
  void aSurrogateSentAsRawBytesIsRefused() throws IOException, InterruptedException {
    byte[] body =
        world
            .fill("{\"name\":\"Store @@\",\"external_id\":\"{uuid}\"}")
            .getBytes(StandardCharsets.UTF_8);
    int mark = new String(body, StandardCharsets.UTF_8).indexOf(MARK);
    byte[] raw = new byte[body.length + 1];
    System.arraycopy(body, 0, raw, 0, mark);
    raw[mark] = (byte) 0xED;
    raw[mark + 1] = (byte) 0xA0;
    raw[mark + 2] = (byte) 0x80;
    System.arraycopy(body, mark + 2, raw, mark + 3, body.length - mark - 2);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/commerces"))
            .header("Authorization", world.adminToken())
            .header("x-tenant-id", world.tasks().tenant().id())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
            .build();
    long before = quietEventCount();

    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body())
        .contains("Field 'name' contains an unpaired surrogate (U+D800), which is not accepted");
    assertThat(eventCount()).isEqualTo(before);
  }

  /**
   * The refused characters' look-alikes pass end to end and are stored as sent: a surrogate pair
   * (emoji), the six characters {@code \u0000} (an escaped backslash) and the same in a query.
   */
  @Test
  void emojiAndAnEscapedBackslashAreStoredAsSent() {
    String reason = "Lots of 😀 and \\u0000 as text";
    String body =
        world.fill(
            """
            {"reason":"Lots of \\ud83d\\ude00 and \\\\u0000 as text","channel":"EMAIL",
             "commerce_id":"{commerce}","idempotency_key":"{uuid}",
             "scheduled_at":"2030-01-01T10:00:00Z"}
            """);

    ApiResponse created = world.admin().post("/api/activities/messages", body);

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(world.admin().get("/api/activities/" + id).json().path("reason").asText())
        .isEqualTo(reason);
    ApiResponse listed = world.admin().get("/api/activities?search=%F0%9F%98%80+and+%5Cu0000");
    assertThat(listed.status()).as("%s", listed).isEqualTo(200);
    assertThat(listed.json().path("data").findValuesAsText("id")).contains(id);
  }

  private ApiResponse sendCounting(Write write, String path, String body) {
    String requestId = "text-guard-" + UUID.randomUUID();
    ApiClient client = world.client(write.as()).withHeader(RequestId.HEADER, requestId);
    long before = quietEventCount();

    ApiResponse response = client.send(write.method(), path, body);

    assertThat(eventCount()).as("events after %s", response).isEqualTo(before);
    Long caused =
        jdbc.queryForObject(
            "select count(*) from domain_event_entry"
                + " where convert_from(meta_data, 'UTF8') like ?",
            Long.class,
            "%" + requestId + "%");
    assertThat(caused).as("events of request %s", requestId).isZero();
    return response;
  }

  private static void assertRefused(ApiResponse response, String messageStart) {
    response.assertError(400, "Bad Request");
    assertThat(response.json().path("message").asText())
        .isEqualTo(messageStart + ", which is not accepted");
    assertThat(response.json().has("details")).isFalse();
  }

  private long eventCount() {
    return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
  }

  /** The event count once nothing is being appended, so a change can only be the request's. */
  private long quietEventCount() {
    AtomicLong last = new AtomicLong(-1);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> last.getAndSet(eventCount()) == last.get());
    return last.get();
  }

  /** A tenant with a commerce C-1, a route and an operator, and its callers, signed in once. */
  private record World(
      TaskWorld tasks,
      ApiClient anonymous,
      ApiClient root,
      ApiClient admin,
      String adminToken,
      ApiClient key,
      String provider) {

    static World create(ApiClient anonymous, ApiClient root) {
      TaskWorld tasks = TaskWorld.create(anonymous, root);
      String adminToken =
          "Bearer "
              + anonymous
                  .login(tasks.tenant().email("admin"), Tenants.ADMIN_PASSWORD)
                  .json()
                  .path("accessToken")
                  .asText();
      ApiClient admin =
          anonymous.withHeader("Authorization", adminToken).inTenant(tasks.tenant().id());
      ApiClient key = tasks.key("VIEW_ACTIVITIES", "SUBMIT_ACTIVITY_RESULT");
      // A key's first use is recorded asynchronously; let that event land before any counting.
      assertThat(key.get("/api/integration/task-result-type-configs").status()).isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> admin.get("/api/api-keys").json().findValues("lastUsedAt"),
              used -> !used.isEmpty() && used.stream().allMatch(JsonNode::isTextual));
      String provider =
          admin.get("/api/dispatch-providers").json().findParents("code").stream()
              .filter(node -> "YOM".equals(node.path("code").asText()))
              .findFirst()
              .orElseThrow()
              .path("id")
              .asText();
      return new World(tasks, anonymous, root, admin, adminToken, key, provider);
    }

    ApiClient client(As as) {
      return switch (as) {
        case ROOT -> root;
        case TENANT_ROOT -> root.inTenant(tasks.tenant().id());
        case ADMIN -> admin;
        case API_KEY -> key;
        case ANONYMOUS -> anonymous;
      };
    }

    String fill(String template) {
      String filled =
          template
              .replace("{commerce}", tasks.commerceId())
              .replace("{route}", tasks.routeId())
              .replace("{operator}", tasks.operatorId())
              .replace("{tenant}", tasks.tenant().id())
              .replace("{provider}", provider);
      while (filled.contains("{uuid}")) {
        filled = filled.replaceFirst("\\{uuid}", UUID.randomUUID().toString());
      }
      while (filled.contains("{short}")) {
        filled = filled.replaceFirst("\\{short}", UUID.randomUUID().toString().substring(0, 8));
      }
      return filled;
    }
  }
}
