package com.reten.gateway.resulttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.reten.api.tenant.TenantCreatedEvent;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Result-type codes over real HTTP: seeding, adding, changing, and who may do what. */
class TaskResultTypeFlowTest extends IntegrationTest {

  private static final String PATH = "/api/activity-config/task-result-types";

  @Autowired EventStore events;

  private TestTenant tenant;
  private ApiClient admin;

  @BeforeEach
  void aTenant() {
    tenant = TestTenant.create(api, asRoot());
    admin = tenant.admin();
  }

  @Test
  void aNewTenantHasTheFourDefaultCodes() {
    ApiResponse list = admin.get(PATH);

    assertThat(list.status()).as("%s", list).isEqualTo(200);
    assertThat(list.json().findValuesAsText("code"))
        .containsExactly("SALE_COMPLETED", "NOT_INTERESTED", "RESCHEDULE", "NO_CONTACT");
    var reschedule = list.json().get(2);
    assertThat(reschedule.path("label").asText()).isEqualTo("Reschedule");
    assertThat(reschedule.path("requiresFutureScheduledAt").asBoolean()).isTrue();
    assertThat(reschedule.path("isActive").asBoolean()).isTrue();
    assertThat(list.json().get(0).path("requiresFutureScheduledAt").asBoolean()).isFalse();
  }

  @Test
  void aCodeIsAddedOnceAndValidated() {
    ApiResponse created =
        admin.post(
            PATH,
            Map.of(
                "code", "CALL_BACK", "label", "Call back", "requires_future_scheduled_at", true));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(PATH + "/CALL_BACK");
    assertThat(created.json()).isEqualTo(admin.get(PATH + "/CALL_BACK").json());
    assertThat(created.json().path("requiresFutureScheduledAt").asBoolean()).isTrue();
    assertThat(created.json().path("isActive").asBoolean()).isTrue();
    assertThat(admin.get(PATH).json().findValuesAsText("code")).endsWith("CALL_BACK");

    admin.post(PATH, Map.of("code", "CALL_BACK", "label", "Again")).assertError(409, "Conflict");
    admin.post(PATH, Map.of("code", "RESCHEDULE", "label", "Again")).assertError(409, "Conflict");
    ApiResponse camel =
        admin.post(
            PATH,
            Map.of("code", "camel_case_1", "label", "Camel", "requiresFutureScheduledAt", false));
    assertThat(camel.status()).as("%s", camel).isEqualTo(201);
    for (var bad :
        List.of(
            Map.of("code", "has space", "label", "x"),
            Map.of("code", "x".repeat(65), "label", "x"),
            Map.of("code", "NO_LABEL"),
            Map.of("label", "no code"),
            Map.of("code", "BAD_FLAG", "label", "x", "requires_future_scheduled_at", "maybe"))) {
      admin.post(PATH, bad).assertError(400, "Bad Request");
    }
    admin.get(PATH + "/NOPE").assertError(404, "Not Found");
    // Codes are per tenant: another tenant may use the same one.
    ApiClient stranger = TestTenant.create(api, asRoot()).admin();
    assertThat(stranger.post(PATH, Map.of("code", "CALL_BACK", "label", "Theirs")).status())
        .isEqualTo(201);
    stranger.get(PATH + "/camel_case_1").assertError(404, "Not Found");
  }

  @Test
  void aCodeIsRelabeledAndDeactivated() {
    ApiResponse changed =
        admin.patch(PATH + "/NO_CONTACT", Map.of("label", "Nobody home", "is_active", false));

    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    assertThat(changed.json().path("label").asText()).isEqualTo("Nobody home");
    assertThat(changed.json().path("isActive").asBoolean()).isFalse();
    assertThat(admin.get(PATH).json().get(3).path("isActive").asBoolean()).isFalse();
    admin.patch(PATH + "/NOPE", Map.of("is_active", false)).assertError(404, "Not Found");
    admin.patch(PATH + "/NO_CONTACT", Map.of("label", " ")).assertError(400, "Bad Request");
    ApiResponse back = admin.patch(PATH + "/NO_CONTACT", Map.of("isActive", true));
    assertThat(back.json().path("isActive").asBoolean()).isTrue();
  }

  @Test
  void viewersReadAndOnlyConfigManagersChange() {
    ApiClient viewer = tenant.member("vera", "VIEWER");
    ApiClient fde = tenant.member("fred", "FDE");

    assertThat(viewer.get(PATH).status()).isEqualTo(200);
    viewer.post(PATH, Map.of("code", "V", "label", "v")).assertError(403, "Forbidden");
    fde.post(PATH, Map.of("code", "F", "label", "f")).assertError(403, "Forbidden");
    fde.patch(PATH + "/NO_CONTACT", Map.of("is_active", false)).assertError(403, "Forbidden");
  }

  @Test
  void aTenantSetUpBeforeResultTypesExistedIsSeededByTheBackfill() {
    // A tenant as an older version left it: its creation event, and no result-type catalog.
    UUID old = UUID.randomUUID();
    events.publish(
        new GenericDomainEventMessage<>(
            "Tenant",
            old.toString(),
            0,
            new TenantCreatedEvent(
                old, "Old Co", "old-" + old.toString().substring(0, 8), Instant.now())));
    ApiClient root = asRoot().inTenant(old);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(root.get(PATH).json().findValuesAsText("code"))
                    .containsExactly(
                        "SALE_COMPLETED", "NOT_INTERESTED", "RESCHEDULE", "NO_CONTACT"));
    assertThat(
            events
                .readEvents(com.reten.api.resulttype.TaskResultTypes.catalogId(old).toString())
                .asStream()
                .count())
        .isEqualTo(1);
  }

  @Test
  void integrationsReadTheActiveCodesWithAKeyOnly() {
    String path = "/api/integration/task-result-type-configs";
    admin.patch(PATH + "/NOT_INTERESTED", Map.of("is_active", false));
    String key =
        admin
            .post("/api/api-keys", Map.of("name", "erp", "permissions", List.of("VIEW_ACTIVITIES")))
            .json()
            .path("plaintextKey")
            .asText();

    ApiResponse configs = api.withHeader("x-api-key", key).get(path);

    assertThat(configs.status()).as("%s", configs).isEqualTo(200);
    assertThat(configs.json().findValuesAsText("code"))
        .containsExactly("SALE_COMPLETED", "RESCHEDULE", "NO_CONTACT");
    assertThat(configs.json().get(1).path("requiresFutureScheduledAt").asBoolean()).isTrue();
    assertThat(configs.json().get(1).has("isActive")).isFalse();
    admin.get(path).assertError(401, "Unauthorized");
    String noView =
        admin
            .post(
                "/api/api-keys",
                Map.of("name", "w", "permissions", List.of("SUBMIT_ACTIVITY_RESULT")))
            .json()
            .path("plaintextKey")
            .asText();
    api.withHeader("x-api-key", noView).get(path).assertError(403, "Forbidden");
  }
}
