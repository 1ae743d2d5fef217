package com.reten.gateway.activityconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.api.activityconfig.ActivityConfigIds;
import com.reten.api.activityconfig.TargetResolutionConfigCreatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigDeactivatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigDeletedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigUpdatedEvent;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tenant's target-resolution configs over real HTTP. */
class TargetResolutionFlowTest extends IntegrationTest {

  private static final String PATH = "/api/activity-config/target-resolution";

  private TestTenant tenant;
  private ApiClient admin;

  @BeforeEach
  void tenant() {
    tenant = TestTenant.create(api, asRoot());
    admin = tenant.admin();
  }

  @Test
  void aConfigIsCreatedActiveWithTheDefaultsAndReadBack() {
    ApiResponse created = admin.post(PATH, Map.of("resolution_strategy", "ON_DISPATCH"));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.path("id").asText();
    assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    assertThat(body.path("resolutionStrategy").asText()).isEqualTo("ON_DISPATCH");
    assertThat(body.path("fallbackToCommerceRep").asBoolean()).isTrue();
    assertThat(body.path("fallbackToOwner").asBoolean()).isTrue();
    assertThat(body.path("priority").asInt()).isZero();
    assertThat(body.path("isActive").asBoolean()).isTrue();
    assertThat(body.path("criteria").toString()).isEqualTo("[]");
    assertThat(body.path("createdAt").asText()).isNotBlank();
    ApiResponse read = admin.get(created.header("Location"));
    assertThat(read.json()).isEqualTo(body);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    assertThat(admin.get(PATH).json()).containsExactly(body);
  }

  @Test
  void criteriaAreKeptInTheOrderTheyAreTriedWithTheRoleAsTheEnum() {
    ApiResponse created =
        admin.post(
            PATH,
            Map.of(
                "resolutionStrategy",
                "ON_CREATION",
                "fallback_to_commerce_rep",
                false,
                "fallback_to_owner",
                false,
                "priority",
                7,
                "criteria",
                List.of(
                    Map.of("type", "LAST_CONTACTED_SAME_CHANNEL"),
                    Map.of("type", "ROLE_MATCH", "config", Map.of("role", "owner"), "priority", -1),
                    Map.of("type", "ROLE_MATCH", "config", Map.of("role", "FINANCE")))));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.json().path("fallbackToCommerceRep").asBoolean()).isFalse();
    assertThat(created.json().path("fallbackToOwner").asBoolean()).isFalse();
    assertThat(created.json().path("priority").asInt()).isEqualTo(7);
    List<String> criteria = new ArrayList<>();
    for (JsonNode criterion : created.json().path("criteria")) {
      criteria.add(
          criterion.path("type").asText()
              + " "
              + criterion.path("config")
              + " "
              + criterion.path("priority").asInt());
      // The names of Reten's public docs, besides the request's own
      assertThat(criterion.path("criteriaType")).isEqualTo(criterion.path("type"));
      assertThat(criterion.path("criteriaConfig")).isEqualTo(criterion.path("config"));
      assertThat(UUID.fromString(criterion.path("id").asText())).isNotNull();
    }
    assertThat(criteria)
        .containsExactly(
            "ROLE_MATCH {\"role\":\"OWNER\"} -1",
            "LAST_CONTACTED_SAME_CHANNEL {} 0",
            "ROLE_MATCH {\"role\":\"FINANCE\"} 2");
    ApiResponse read = admin.get(PATH + "/" + created.json().path("id").asText());
    assertThat(read.json().path("criteria").get(1).path("id"))
        .as("a criterion's id is stable")
        .isEqualTo(created.json().path("criteria").get(1).path("id"));
  }

  @Test
  void eachValidationRuleIsA400AndCreatesNothing() {
    List<Map<String, Object>> invalid =
        List.of(
            Map.of(),
            Map.of("resolution_strategy", "SOMETIMES"),
            Map.of("resolution_strategy", "MANUAL", "priority", "first"),
            Map.of("resolution_strategy", "MANUAL", "fallback_to_owner", "maybe"),
            criteria(Map.of("type", "ROLE_MATCH")),
            criteria(Map.of("type", "ROLE_MATCH", "config", Map.of("role", "BOSS"))),
            criteria(Map.of("type", "ROLE_MATCH", "config", Map.of("role", 1))),
            criteria(Map.of("config", Map.of())),
            criteria(Map.of("type", "NEAREST")),
            Map.of(
                "resolution_strategy",
                "MANUAL",
                "criteria",
                Collections.nCopies(21, Map.of("type", "LAST_CONTACTED_ALL_CHANNELS"))));
    for (Map<String, Object> body : invalid) {
      admin.post(PATH, body).assertError(400, "Bad Request");
    }
    ApiResponse noRole = admin.post(PATH, criteria(Map.of("type", "ROLE_MATCH")));
    assertThat(noRole.json().path("message").asText())
        .isEqualTo(
            "criteria[0].config.role: ROLE_MATCH needs a commerce role, one of OWNER, ORDERS,"
                + " FINANCE, ATTENTION, ADMIN, COMMERCE_REP, OTHER");
    ApiResponse missing = admin.post(PATH, Map.of("priority", 1));
    assertThat(missing.json().path("details").get(0).path("field").asText())
        .isEqualTo("resolution_strategy");
    assertThat(admin.get(PATH).json()).isEmpty();
  }

  @Test
  void anActivePriorityBelongsToOneConfigOnly() {
    String five = create(5);
    String one = create(1);
    assertThat(ids(admin.get(PATH))).containsExactly(one, five);

    ApiResponse taken = admin.post(PATH, Map.of("resolution_strategy", "MANUAL", "priority", 1));
    taken.assertError(409, "Conflict");
    assertThat(taken.json().path("message").asText())
        .isEqualTo("Another active target-resolution config already has priority 1");

    ApiResponse off = admin.patch(PATH + "/" + one, Map.of("is_active", false));
    assertThat(off.status()).as("%s", off).isEqualTo(200);
    assertThat(off.json().path("isActive").asBoolean()).isFalse();
    assertThat(off.header("ETag")).isEqualTo("\"1\"");
    String newOne = create(1);
    assertThat(ids(admin.get(PATH))).containsExactly(newOne, one, five);

    admin.patch(PATH + "/" + one, Map.of("is_active", true)).assertError(409, "Conflict");
    admin.patch(PATH + "/" + five, Map.of("priority", 1)).assertError(409, "Conflict");
    ApiResponse moved = admin.patch(PATH + "/" + one, Map.of("is_active", true, "priority", 2));
    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
    assertThat(moved.json().path("priority").asInt()).isEqualTo(2);
    assertThat(moved.json().path("isActive").asBoolean()).isTrue();
    assertThat(ids(admin.get(PATH))).containsExactly(newOne, one, five);
  }

  @Test
  void aPatchChangesOnlyWhatItNamesAndHonoursIfMatch() {
    String id = create(3);
    ApiResponse patched =
        admin.patch(
            PATH + "/" + id,
            Map.of(
                "fallback_to_owner",
                false,
                "criteria",
                List.of(Map.of("type", "ROLE_MATCH", "config", Map.of("role", "ADMIN")))));

    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    assertThat(patched.header("ETag")).isEqualTo("\"1\"");
    JsonNode body = patched.json();
    assertThat(body.path("resolutionStrategy").asText()).isEqualTo("ON_DISPATCH");
    assertThat(body.path("fallbackToCommerceRep").asBoolean()).isTrue();
    assertThat(body.path("fallbackToOwner").asBoolean()).isFalse();
    assertThat(body.path("priority").asInt()).isEqualTo(3);
    assertThat(body.path("criteria").get(0).path("config").path("role").asText())
        .isEqualTo("ADMIN");

    admin
        .patch(PATH + "/" + id, criteria(Map.of("type", "ROLE_MATCH", "config", Map.of())))
        .assertError(400, "Bad Request");
    admin
        .withHeader("If-Match", "\"0\"")
        .patch(PATH + "/" + id, Map.of("priority", 4))
        .assertError(409, "Conflict");
    ApiResponse current =
        admin.withHeader("If-Match", "\"1\"").patch(PATH + "/" + id, Map.of("criteria", List.of()));
    assertThat(current.status()).as("%s", current).isEqualTo(200);
    assertThat(current.json().path("criteria").toString()).isEqualTo("[]");
    assertThat(current.header("ETag")).isEqualTo("\"2\"");
    ApiResponse unchanged = admin.patch(PATH + "/" + id, Map.of("priority", 3));
    assertThat(unchanged.header("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void deletingRemovesTheConfigAndFreesItsPriority() {
    String id = create(0);
    admin
        .withHeader("If-Match", "\"5\"")
        .send("DELETE", PATH + "/" + id, null)
        .assertError(409, "Conflict");

    assertThat(admin.send("DELETE", PATH + "/" + id, null).status()).isEqualTo(204);

    admin.get(PATH + "/" + id).assertError(404, "Not Found");
    assertThat(admin.get(PATH).json()).isEmpty();
    admin.send("DELETE", PATH + "/" + id, null).assertError(404, "Not Found");
    admin.patch(PATH + "/" + id, Map.of("priority", 1)).assertError(404, "Not Found");
    create(0);
  }

  @Test
  void anotherTenantsConfigIsNotFound() {
    String id = create(0);
    ApiClient stranger = TestTenant.create(api, asRoot()).admin();

    stranger.get(PATH + "/" + id).assertError(404, "Not Found");
    stranger.patch(PATH + "/" + id, Map.of("priority", 1)).assertError(404, "Not Found");
    stranger.send("DELETE", PATH + "/" + id, null).assertError(404, "Not Found");
    assertThat(stranger.get(PATH).json()).isEmpty();
    // Priorities are per tenant.
    assertThat(stranger.post(PATH, Map.of("resolution_strategy", "MANUAL")).status())
        .isEqualTo(201);
    assertThat(admin.get(PATH + "/" + id).json().path("priority").asInt()).isZero();
  }

  @Test
  void viewersReadAndOnlyConfigManagersChange() {
    String id = create(0);
    ApiClient viewer = tenant.member("viewer", "VIEWER");
    ApiClient fde = tenant.member("fde", "FDE");

    assertThat(viewer.get(PATH).json()).hasSize(1);
    assertThat(viewer.get(PATH + "/" + id).status()).isEqualTo(200);
    viewer.post(PATH, Map.of("resolution_strategy", "MANUAL")).assertError(403, "Forbidden");
    fde.post(PATH, Map.of("resolution_strategy", "MANUAL")).assertError(403, "Forbidden");
    fde.patch(PATH + "/" + id, Map.of("priority", 1)).assertError(403, "Forbidden");
    fde.send("DELETE", PATH + "/" + id, null).assertError(403, "Forbidden");
    assertThat(admin.get(PATH + "/" + id).header("ETag")).isEqualTo("\"0\"");
  }

  @Test
  void everyChangeIsAnEventOfTheTenantsConfigAggregateStampedWithTheCaller() throws Exception {
    String adminId = admin.get("/api/auth/me").json().path("id").asText();
    String id = create(0);
    admin.patch(PATH + "/" + id, Map.of("priority", 1, "is_active", false));
    admin.send("DELETE", PATH + "/" + id, null);

    var aggregate = ActivityConfigIds.targetResolutions(UUID.fromString(tenant.id()));
    List<Map<String, Object>> events =
        jdbc.queryForList(
            "SELECT sequence_number, type, payload_type, convert_from(meta_data, 'UTF8') AS meta"
                + " FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number",
            aggregate.toString());
    assertThat(events)
        .extracting(event -> event.get("payload_type").toString())
        .containsExactly(
            TargetResolutionConfigCreatedEvent.class.getName(),
            TargetResolutionConfigUpdatedEvent.class.getName(),
            TargetResolutionConfigDeactivatedEvent.class.getName(),
            TargetResolutionConfigDeletedEvent.class.getName());
    for (Map<String, Object> event : events) {
      assertThat(event.get("type")).isEqualTo("TargetResolutions");
      JsonNode meta = new ObjectMapper().readTree(event.get("meta").toString());
      assertThat(meta.path("tenantId").asText()).isEqualTo(tenant.id());
      assertThat(meta.path("actorType").asText()).isEqualTo("USER");
      assertThat(meta.path("actorId").asText()).isEqualTo(adminId);
    }
  }

  private String create(int priority) {
    ApiResponse created =
        admin.post(
            PATH,
            Map.of(
                "resolution_strategy",
                "ON_DISPATCH",
                "priority",
                priority,
                "criteria",
                List.of(Map.of("type", "ROLE_MATCH", "config", Map.of("role", "OWNER")))));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private static Map<String, Object> criteria(Map<String, Object> criterion) {
    var body = new HashMap<String, Object>();
    body.put("resolution_strategy", "ON_CREATION");
    body.put("criteria", List.of(criterion));
    return body;
  }

  private static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    return java.util.stream.StreamSupport.stream(list.json().spliterator(), false)
        .map(config -> config.path("id").asText())
        .toList();
  }
}
