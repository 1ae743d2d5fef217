package com.reten.commandside.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.AttributeRequest;
import com.reten.api.activity.AttributeStatus;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AttributeResolverTest {

  private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");
  private static final UUID ID = UUID.randomUUID();

  private final FakeDirectory directory = new FakeDirectory();
  private final AttributeResolver resolver = new AttributeResolver(directory);

  @Test
  void theCallersValueWinsWhateverThePolicy() {
    var attribute =
        resolver.requested(
            ID,
            "commerce_info",
            policy(
                "commerce_info", AttributeStrategy.ON_DISPATCH, AttributeResolverType.CLIENT_HOOK),
            new AttributeRequest("commerce_info", Map.of("vip", true), "x"),
            AT);

    assertThat(attribute.status()).isEqualTo(AttributeStatus.RESOLVED);
    assertThat(attribute.value()).isEqualTo(Map.of("vip", true));
    assertThat(attribute.resolverType()).isEqualTo(AttributeResolverType.CALLER_PROVIDED);
    assertThat(attribute.resolvedAt()).isEqualTo(AT);
  }

  @Test
  void internalServiceReadsEachSeededKeyFromTheDirectory() {
    directory.operator = Map.of("name", "Ana");
    directory.route = Map.of("name", "North");
    directory.lastResult = Map.of("status", "COMPLETED");

    assertThat(upfront("commerce_info").value()).isEqualTo(directory.commerce);
    assertThat(upfront("operator_info").value()).isEqualTo(directory.operator);
    assertThat(upfront("route_info").value()).isEqualTo(directory.route);
    assertThat(upfront("last_result").value()).isEqualTo(directory.lastResult);
    assertThat(upfront("last_result").status()).isEqualTo(AttributeStatus.RESOLVED);
  }

  @Test
  void whatTheDirectoryLacksFailsWithItsReason() {
    assertThat(upfront("operator_info").errorMessage())
        .isEqualTo("the activity has no assigned operator");
    assertThat(upfront("route_info").errorMessage())
        .isEqualTo("the activity has no assigned route");
    assertThat(upfront("last_result").errorMessage())
        .isEqualTo("no result has been recorded on this commerce");
    ActivityAttribute promotions = upfront("promotions");
    assertThat(promotions.status()).isEqualTo(AttributeStatus.FAILED);
    assertThat(promotions.value()).isNull();
    assertThat(promotions.resolvedAt()).isNull();
    assertThat(promotions.errorMessage()).isEqualTo("Reten has no internal source for promotions");
  }

  @Test
  void aFailedResolverTakesTheFallback() {
    var attribute =
        resolver.requested(
            ID,
            "promotions",
            AttributePolicyRule.defaultFor("promotions"),
            new AttributeRequest("promotions", null, java.util.List.of()),
            AT);

    assertThat(attribute.status()).isEqualTo(AttributeStatus.FALLBACK);
    assertThat(attribute.value()).isEqualTo(java.util.List.of());
    assertThat(attribute.resolvedAt()).isEqualTo(AT);
    assertThat(attribute.errorMessage()).isEqualTo("Reten has no internal source for promotions");
  }

  @Test
  void aClientHookFailsCleanlyWhileNoHookUrlCanBeConfigured() {
    var attribute =
        resolver.requested(
            ID,
            "commerce_info",
            policy("commerce_info", AttributeStrategy.UPFRONT, AttributeResolverType.CLIENT_HOOK),
            null,
            AT);

    assertThat(attribute.status()).isEqualTo(AttributeStatus.FAILED);
    assertThat(attribute.errorMessage()).isEqualTo("no hook URL configured");
  }

  @Test
  void onDispatchWaitsAndIsResolvedLater() {
    var pending =
        resolver.requested(
            ID,
            "commerce_info",
            policy(
                "commerce_info",
                AttributeStrategy.ON_DISPATCH,
                AttributeResolverType.INTERNAL_SERVICE),
            null,
            AT);
    assertThat(pending.status()).isEqualTo(AttributeStatus.PENDING);
    assertThat(pending.value()).isNull();

    var resolved = resolver.resolve(pending, AT.plusSeconds(5));
    assertThat(resolved.status()).isEqualTo(AttributeStatus.RESOLVED);
    assertThat(resolved.value()).isEqualTo(directory.commerce);
    assertThat(resolved.resolvedAt()).isEqualTo(AT.plusSeconds(5));
  }

  @Test
  void callerProvidedWithoutAValueIsTheFallbackOrFailed() {
    var rule =
        policy(
            "promotions", AttributeStrategy.CALLER_PROVIDED, AttributeResolverType.CALLER_PROVIDED);

    assertThat(resolver.requested(ID, "promotions", rule, null, AT).status())
        .isEqualTo(AttributeStatus.FAILED);
    assertThat(
            resolver
                .requested(ID, "promotions", rule, new AttributeRequest("promotions", null, 0), AT)
                .status())
        .isEqualTo(AttributeStatus.FALLBACK);
  }

  private ActivityAttribute upfront(String key) {
    return resolver.requested(ID, key, AttributePolicyRule.defaultFor(key), null, AT);
  }

  private static AttributePolicyRule policy(
      String key, AttributeStrategy strategy, AttributeResolverType resolverType) {
    return new AttributePolicyRule(key, strategy, resolverType);
  }
}
