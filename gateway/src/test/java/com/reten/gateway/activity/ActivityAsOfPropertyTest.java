package com.reten.gateway.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever valid sequence of creates (with every resolution outcome), people added to the
 * commerce, cancels, retries and resolves by hand a client sends, every state the read model showed
 * is the state rebuilt from the event store at that version. Each seed plays a bounded random
 * sequence over real HTTP; the seed is in every failure message, so a failure replays.
 */
class ActivityAsOfPropertyTest extends IntegrationTest {

  private static final long[] SEEDS = {7, 42, 2026, 5};
  private static final int STEPS = 16;
  private static final Set<String> TERMINAL = Set.of("COMPLETED", "CANCELED", "FAILED");
  private static final List<String> ROLES = List.of("COMMERCE_REP", "OWNER", "OTHER");

  private Random random;
  private ApiClient admin;
  private String commerce;
  private final List<String> activities = new ArrayList<>();
  private final List<String> people = new ArrayList<>();

  /** Per activity, each version the read model showed and the activity as it showed it. */
  private final Map<String, Map<Long, JsonNode>> seen = new LinkedHashMap<>();

  /** Which outcomes the sequences reached, so the seeds are known to exercise every path. */
  private final Set<String> reached = new TreeSet<>();

  @Test
  void everyStateTheReadModelShowedIsTheStateAtThatVersion() {
    for (long seed : SEEDS) {
      play(seed);
    }
    assertThat(reached)
        .contains(
            "create READY",
            "create UNRESOLVED",
            "retry READY",
            "retry UNRESOLVED",
            "retry 400",
            "resolve 200",
            "resolve 400",
            "cancel 200");
  }

  private void play(long seed) {
    random = new Random(seed);
    activities.clear();
    people.clear();
    seen.clear();
    admin = TestTenant.create(api, asRoot()).admin();
    commerce = created(admin.post("/api/commerces", Map.of("name", "Store P", "external_id", "P")));

    create(seed);
    for (int step = 1; step < STEPS; step++) {
      int dice = random.nextInt(100);
      if (dice < 30) {
        create(seed);
      } else if (dice < 45) {
        addPerson();
      } else if (dice < 60) {
        cancel(seed);
      } else if (dice < 80) {
        retry(seed);
      } else {
        resolveByHand(seed);
      }
    }

    seen.forEach(
        (id, versions) ->
            versions.forEach(
                (version, shown) -> {
                  ApiResponse rebuilt = admin.get("/api/activities/" + id + "?version=" + version);
                  assertThat(rebuilt.status())
                      .as("seed %d, %s v%d", seed, id, version)
                      .isEqualTo(200);
                  assertThat(rebuilt.header("ETag")).isEqualTo("\"" + version + "\"");
                  assertThat(rebuilt.json())
                      .as("seed %d, %s at version %d", seed, id, version)
                      .isEqualTo(shown);
                }));
  }

  private void create(long seed) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "MESSAGE");
    body.put("channel", "SMS");
    body.put("reason", "Reorder");
    body.put("commerce_id", commerce);
    body.put("idempotency_key", "p-" + activities.size());
    body.put("scheduled_at", "2026-12-01T10:00:00Z");
    switch (random.nextInt(4)) {
      case 0 -> body.put("attribute_keys", List.of("commerce_info"));
      case 1 -> body.put("attribute_keys", List.of("promotions")); // FAILED: UNRESOLVED
      case 2 ->
          body.put(
              "target_criteria",
              List.of(Map.of("type", "ROLE_MATCH", "config", Map.of("role", "OWNER"))));
      default -> {}
    }
    ApiResponse response = admin.post("/api/activities", body);
    assertThat(response.status()).as("seed %d: create %s", seed, response).isEqualTo(201);
    String id = response.json().path("id").asText();
    activities.add(id);
    reached.add("create " + response.json().path("status").asText());
    observe(id, response);
  }

  private void addPerson() {
    String role = ROLES.get(random.nextInt(ROLES.size()));
    people.add(
        created(
            admin.post(
                "/api/commerces/" + commerce + "/users",
                Map.of("name", "Person " + people.size(), "roles", List.of(role)))));
  }

  private void cancel(long seed) {
    String id = any();
    String status = current(id).path("status").asText();
    ApiResponse response = admin.patch("/api/activities/" + id + "/cancel", Map.of());
    assertThat(response.status())
        .as("seed %d: cancel %s %s", seed, status, response)
        .isEqualTo(TERMINAL.contains(status) ? 400 : 200);
    reached.add("cancel " + response.status());
    observe(id, null);
  }

  private void retry(long seed) {
    String id = mostlyUnresolved();
    String status = current(id).path("status").asText();
    String etag = current(id).path("__etag").asText();
    ApiResponse response =
        admin
            .withHeader("If-Match", etag)
            .patch("/api/activities/" + id + "/retry-resolution", null);
    assertThat(response.status())
        .as("seed %d: retry %s %s", seed, status, response)
        .isEqualTo(status.equals("UNRESOLVED") ? 200 : 400);
    reached.add(
        "retry " + (response.status() == 200 ? response.json().path("status").asText() : "400"));
    observe(id, null);
  }

  private void resolveByHand(long seed) {
    if (people.isEmpty()) {
      addPerson();
      return;
    }
    String id = mostlyUnresolved();
    String status = current(id).path("status").asText();
    JsonNode targets = admin.get("/api/activities/" + id + "/target-users").json();
    JsonNode target = targets.get(random.nextInt(targets.size()));
    String person = people.get(random.nextInt(people.size()));
    boolean resolvable =
        Set.of("READY", "UNRESOLVED").contains(status)
            && Set.of("PENDING", "FAILED").contains(target.path("resolutionStatus").asText());
    ApiResponse response =
        admin.patch(
            "/api/activities/" + id + "/target-users/" + target.path("id").asText() + "/resolve",
            Map.of("commerce_user_id", person));
    assertThat(response.status())
        .as("seed %d: resolve %s %s %s", seed, status, target, response)
        .isEqualTo(resolvable ? 200 : 400);
    reached.add("resolve " + response.status());
    observe(id, null);
  }

  private String any() {
    return activities.get(random.nextInt(activities.size()));
  }

  /** Usually an UNRESOLVED activity when there is one, so retries and resolves do something. */
  private String mostlyUnresolved() {
    List<String> unresolved =
        activities.stream()
            .filter(
                id ->
                    seen.get(id).values().stream()
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .path("status")
                        .asText()
                        .equals("UNRESOLVED"))
            .toList();
    return unresolved.isEmpty() || random.nextInt(4) == 0
        ? any()
        : unresolved.get(random.nextInt(unresolved.size()));
  }

  /** The activity as the read model shows it now, with its ETag under {@code __etag}. */
  private JsonNode current(String id) {
    ApiResponse response = admin.get("/api/activities/" + id);
    var json = response.json().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("__etag", response.header("ETag"));
    return json;
  }

  /** Records what the read model shows of {@code id} now (the write's own answer, if any). */
  private void observe(String id, ApiResponse written) {
    ApiResponse shown = written != null ? written : admin.get("/api/activities/" + id);
    ApiResponse read = admin.get("/api/activities/" + id);
    assertThat(shown.json()).isEqualTo(read.json());
    String etag = read.header("ETag");
    long version = Long.parseLong(etag.substring(1, etag.length() - 1));
    assertThat(read.json().path("updatedAt").isTextual()).isTrue();
    seen.computeIfAbsent(id, key -> new LinkedHashMap<>()).put(version, read.json());
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
