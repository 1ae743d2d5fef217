package com.reten.gateway.activityconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.commandside.activityconfig.ActivitySettings;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What activity creation sees through {@link ActivitySettings}, on the real PostgreSQL tables,
 * after configuration changes made over HTTP. Nothing waits: the settings table is written in the
 * transaction of the configuration's events, so it is current when the response arrives.
 */
class ActivitySettingsTest extends IntegrationTest {

  private static final String TARGETS = "/api/activity-config/target-resolution";
  private static final String POLICIES = "/api/activity-config/attribute-policies";

  @Autowired ActivitySettings settings;

  private ApiClient admin;
  private UUID tenant;
  private UUID otherTenant;

  @BeforeEach
  void tenants() {
    TestTenant mine = TestTenant.create(api, asRoot());
    admin = mine.admin();
    tenant = UUID.fromString(mine.id());
    otherTenant = UUID.fromString(TestTenant.create(api, asRoot()).id());
  }

  @Test
  void aTenantWithoutConfigGetsTheDefaults() {
    assertThat(settings.targetResolution(tenant)).isEqualTo(TargetResolutionRule.DEFAULT);
    assertThat(settings.attributePolicy(tenant, AttributeKeys.ROUTE_INFO))
        .isEqualTo(AttributePolicyRule.defaultFor(AttributeKeys.ROUTE_INFO));
  }

  @Test
  void theActiveConfigWithTheLowestPriorityIsTheRule() {
    String five = create("ON_DISPATCH", 5, "OWNER");
    var fiveRule = rule(TargetResolutionStrategy.ON_DISPATCH, "OWNER");
    assertThat(settings.targetResolution(tenant)).isEqualTo(fiveRule);

    String two = create("MANUAL", 2, "FINANCE");
    assertThat(settings.targetResolution(tenant))
        .isEqualTo(rule(TargetResolutionStrategy.MANUAL, "FINANCE"));
    assertThat(create("ON_CREATION", 9, "ADMIN")).isNotBlank();
    assertThat(settings.targetResolution(tenant))
        .isEqualTo(rule(TargetResolutionStrategy.MANUAL, "FINANCE"));

    patch(two, Map.of("is_active", false));
    assertThat(settings.targetResolution(tenant)).isEqualTo(fiveRule);

    patch(five, Map.of("fallback_to_owner", false));
    assertThat(settings.targetResolution(tenant))
        .isEqualTo(
            new TargetResolutionRule(
                TargetResolutionStrategy.ON_DISPATCH, true, false, fiveRule.criteria()));

    patch(two, Map.of("is_active", true));
    assertThat(settings.targetResolution(tenant).strategy())
        .isEqualTo(TargetResolutionStrategy.MANUAL);

    patch(two, Map.of("priority", 10));
    assertThat(settings.targetResolution(tenant).strategy())
        .isEqualTo(TargetResolutionStrategy.ON_DISPATCH);

    assertThat(admin.send("DELETE", TARGETS + "/" + five, null).status()).isEqualTo(204);
    assertThat(settings.targetResolution(tenant))
        .isEqualTo(rule(TargetResolutionStrategy.ON_CREATION, "ADMIN"));
    assertThat(settings.targetResolution(otherTenant)).isEqualTo(TargetResolutionRule.DEFAULT);
  }

  @Test
  void aRefusedChangeLeavesTheSettingsAsTheyWere() {
    String one = create("ON_DISPATCH", 1, "OWNER");
    create("MANUAL", 2, "OWNER");

    admin.patch(TARGETS + "/" + one, Map.of("priority", 2)).assertError(409, "Conflict");
    admin
        .patch(
            TARGETS + "/" + one,
            Map.of("criteria", List.of(Map.of("type", "ROLE_MATCH", "config", Map.of()))))
        .assertError(400, "Bad Request");

    assertThat(settings.targetResolution(tenant))
        .isEqualTo(rule(TargetResolutionStrategy.ON_DISPATCH, "OWNER"));
  }

  @Test
  void aSetPolicyIsTheTenantsForThatKeyOnly() {
    String keyId = AttributeKeys.byKey(AttributeKeys.LAST_RESULT).get().id().toString();
    ApiResponse set =
        admin.post(
            POLICIES,
            Map.of(
                "attribute_key_id",
                keyId,
                "strategy",
                "ON_DISPATCH",
                "resolver_type",
                "CLIENT_HOOK"));
    assertThat(set.status()).as("%s", set).isEqualTo(200);

    assertThat(settings.attributePolicy(tenant, AttributeKeys.LAST_RESULT))
        .isEqualTo(
            new AttributePolicyRule(
                AttributeKeys.LAST_RESULT,
                AttributeStrategy.ON_DISPATCH,
                AttributeResolverType.CLIENT_HOOK));
    assertThat(settings.attributePolicy(tenant, AttributeKeys.COMMERCE_INFO))
        .isEqualTo(AttributePolicyRule.defaultFor(AttributeKeys.COMMERCE_INFO));
    assertThat(settings.attributePolicy(otherTenant, AttributeKeys.LAST_RESULT))
        .isEqualTo(AttributePolicyRule.defaultFor(AttributeKeys.LAST_RESULT));

    admin.post(
        POLICIES,
        Map.of(
            "attribute_key_id",
            keyId,
            "strategy",
            "CALLER_PROVIDED",
            "resolver_type",
            "CALLER_PROVIDED"));
    assertThat(settings.attributePolicy(tenant, AttributeKeys.LAST_RESULT).strategy())
        .isEqualTo(AttributeStrategy.CALLER_PROVIDED);
  }

  private String create(String strategy, int priority, String role) {
    ApiResponse created =
        admin.post(
            TARGETS,
            Map.of(
                "resolution_strategy",
                strategy,
                "priority",
                priority,
                "criteria",
                List.of(Map.of("type", "ROLE_MATCH", "config", Map.of("role", role)))));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private void patch(String id, Map<String, Object> body) {
    ApiResponse patched = admin.patch(TARGETS + "/" + id, body);
    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
  }

  private static TargetResolutionRule rule(TargetResolutionStrategy strategy, String role) {
    return new TargetResolutionRule(
        strategy,
        true,
        true,
        List.of(new TargetCriterion(TargetCriterionType.ROLE_MATCH, Map.of("role", role), 0)));
  }
}
