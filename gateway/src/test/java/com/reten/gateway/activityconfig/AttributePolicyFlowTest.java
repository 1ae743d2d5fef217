package com.reten.gateway.activityconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The attribute-key catalog and a tenant's attribute policies over real HTTP. */
class AttributePolicyFlowTest extends IntegrationTest {

  private static final String KEYS = "/api/activity-config/attribute-keys";
  private static final String POLICIES = "/api/activity-config/attribute-policies";
  private static final String COMMERCE_INFO =
      AttributeKeys.byKey(AttributeKeys.COMMERCE_INFO).get().id().toString();
  private static final String PROMOTIONS =
      AttributeKeys.byKey(AttributeKeys.PROMOTIONS).get().id().toString();

  private TestTenant tenant;
  private ApiClient admin;

  @BeforeEach
  void tenant() {
    tenant = TestTenant.create(api, asRoot());
    admin = tenant.admin();
  }

  @Test
  void theCatalogListsEveryKeyWithItsFixedId() {
    ApiResponse keys = tenant.member("viewer", "VIEWER").get(KEYS);

    assertThat(keys.status()).as("%s", keys).isEqualTo(200);
    assertThat(keys.json())
        .extracting(key -> key.path("key").asText())
        .containsExactly(
            "commerce_info", "operator_info", "route_info", "last_result", "promotions");
    JsonNode first = keys.json().get(0);
    assertThat(first.path("id").asText()).isEqualTo(COMMERCE_INFO);
    assertThat(first.path("label").asText()).isEqualTo("Commerce");
    assertThat(first.path("description").asText()).isNotBlank();
  }

  @Test
  void aPolicyIsUpsertedPerKeyUnderOneIdAndListed() {
    assertThat(admin.get(POLICIES).json()).isEmpty();

    ApiResponse first =
        admin.post(
            POLICIES,
            Map.of(
                "attribute_key_id",
                COMMERCE_INFO,
                "strategy",
                "ON_DISPATCH",
                "resolver_type",
                "CLIENT_HOOK"));

    assertThat(first.status()).as("%s", first).isEqualTo(200);
    JsonNode policy = first.json();
    assertThat(policy.path("attributeKeyId").asText()).isEqualTo(COMMERCE_INFO);
    assertThat(policy.path("strategy").asText()).isEqualTo("ON_DISPATCH");
    assertThat(policy.path("resolverType").asText()).isEqualTo("CLIENT_HOOK");
    assertThat(policy.path("attributeKey").path("key").asText()).isEqualTo("commerce_info");
    assertThat(policy.path("attributeKey").path("label").asText()).isEqualTo("Commerce");

    // resolution_strategy is the public API's other name for strategy; camelCase works too.
    ApiResponse second =
        admin.post(
            POLICIES,
            Map.of(
                "attributeKeyId",
                COMMERCE_INFO,
                "resolution_strategy",
                "upfront",
                "resolverType",
                "INTERNAL_SERVICE"));

    assertThat(second.status()).as("%s", second).isEqualTo(200);
    assertThat(second.json().path("id").asText()).isEqualTo(policy.path("id").asText());
    assertThat(second.json().path("strategy").asText()).isEqualTo("UPFRONT");
    assertThat(second.json().path("resolverType").asText()).isEqualTo("INTERNAL_SERVICE");
    assertThat(admin.get(POLICIES).json()).containsExactly(second.json());
  }

  @Test
  void aKeyOutsideTheCatalogIsNotFound() {
    admin
        .post(POLICIES, body(UUID.randomUUID().toString(), "UPFRONT", "INTERNAL_SERVICE"))
        .assertError(404, "Not Found");
    assertThat(admin.get(POLICIES).json()).isEmpty();
  }

  @Test
  void missingFieldsBadValuesAndSenselessCombinationsAre400() {
    for (String field : List.of("attribute_key_id", "strategy", "resolver_type")) {
      var body = body(COMMERCE_INFO, "UPFRONT", "INTERNAL_SERVICE");
      body.remove(field);
      ApiResponse response = admin.post(POLICIES, body);
      response.assertError(400, "Bad Request");
      assertThat(response.json().path("details").get(0).path("field").asText()).isEqualTo(field);
    }
    admin
        .post(POLICIES, body("not-a-uuid", "UPFRONT", "CLIENT_HOOK"))
        .assertError(400, "Bad Request");
    admin
        .post(POLICIES, body(COMMERCE_INFO, "LATER", "CLIENT_HOOK"))
        .assertError(400, "Bad Request");
    String callerValue =
        admin
            .post(POLICIES, body(COMMERCE_INFO, "CALLER_PROVIDED", "INTERNAL_SERVICE"))
            .assertError(400, "Bad Request")
            .json()
            .path("message")
            .asText();
    assertThat(callerValue).contains("CALLER_PROVIDED");
    admin
        .post(POLICIES, body(COMMERCE_INFO, "CALLER_PROVIDED", "CLIENT_HOOK"))
        .assertError(400, "Bad Request");
    admin
        .post(POLICIES, body(COMMERCE_INFO, "ON_DISPATCH", "CALLER_PROVIDED"))
        .assertError(400, "Bad Request");
    admin
        .post(POLICIES, body(PROMOTIONS, "UPFRONT", "INTERNAL_SERVICE"))
        .assertError(400, "Bad Request");
    assertThat(admin.get(POLICIES).json()).isEmpty();

    assertThat(admin.post(POLICIES, body(PROMOTIONS, "ON_DISPATCH", "CLIENT_HOOK")).status())
        .isEqualTo(200);
  }

  @Test
  void viewersReadOnlyAdminsChangeAndTenantsDoNotSeeEachOther() {
    assertThat(admin.post(POLICIES, body(COMMERCE_INFO, "UPFRONT", "CLIENT_HOOK")).status())
        .isEqualTo(200);

    ApiClient viewer = tenant.member("viewer", "VIEWER");
    assertThat(viewer.get(POLICIES).json()).hasSize(1);
    viewer
        .post(POLICIES, body(COMMERCE_INFO, "ON_DISPATCH", "CLIENT_HOOK"))
        .assertError(403, "Forbidden");
    ApiClient fde = tenant.member("fde", "FDE");
    fde.post(POLICIES, body(COMMERCE_INFO, "ON_DISPATCH", "CLIENT_HOOK"))
        .assertError(403, "Forbidden");
    assertThat(admin.get(POLICIES).json().get(0).path("strategy").asText()).isEqualTo("UPFRONT");

    ApiClient stranger = TestTenant.create(api, asRoot()).admin();
    assertThat(stranger.get(POLICIES).json()).isEmpty();
  }

  private static Map<String, Object> body(String keyId, String strategy, String resolver) {
    var body = new HashMap<String, Object>();
    body.put("attribute_key_id", keyId);
    body.put("strategy", strategy);
    body.put("resolver_type", resolver);
    return body;
  }
}
