package com.reten.commandside.activityconfig;

import static com.reten.api.activityconfig.AttributeResolverType.CLIENT_HOOK;
import static com.reten.api.activityconfig.AttributeResolverType.INTERNAL_SERVICE;
import static com.reten.api.activityconfig.AttributeStrategy.ON_DISPATCH;
import static com.reten.api.activityconfig.AttributeStrategy.UPFRONT;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activityconfig.ActivityConfigIds;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.AttributePolicySetEvent;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.api.activityconfig.SetAttributePolicyCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributePoliciesTest {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);
  static final UUID COMMERCE_INFO = AttributeKeys.byKey(AttributeKeys.COMMERCE_INFO).get().id();
  static final UUID PROMOTIONS = AttributeKeys.byKey(AttributeKeys.PROMOTIONS).get().id();

  private AggregateTestFixture<AttributePolicies> fixture;
  private InMemoryActivitySettingsTable table;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(AttributePolicies.class);
    table = new InMemoryActivitySettingsTable();
    fixture.registerInjectableResource(table);
  }

  @Test
  void theFirstPolicyCreatesTheTenantsAggregateAndTheTableRow() {
    fixture
        .givenNoPriorActivity()
        .when(set(COMMERCE_INFO, ON_DISPATCH, CLIENT_HOOK, T0))
        .expectSuccessfulHandlerExecution()
        .expectEvents(event(AttributeKeys.COMMERCE_INFO, ON_DISPATCH, CLIENT_HOOK, T0));
    assertThat(table.policies)
        .containsEntry(
            TENANT + ":commerce_info",
            new AttributePolicyRule(AttributeKeys.COMMERCE_INFO, ON_DISPATCH, CLIENT_HOOK));
  }

  @Test
  void settingAKeyAgainReplacesItsPolicyUnderTheSameId() {
    fixture
        .given(event(AttributeKeys.COMMERCE_INFO, ON_DISPATCH, CLIENT_HOOK, T0))
        .when(set(COMMERCE_INFO, UPFRONT, INTERNAL_SERVICE, T1))
        .expectEvents(event(AttributeKeys.COMMERCE_INFO, UPFRONT, INTERNAL_SERVICE, T1));
    assertThat(table.policies.get(TENANT + ":commerce_info").strategy()).isEqualTo(UPFRONT);
  }

  @Test
  void settingTheSameValuesAgainChangesNothing() {
    fixture
        .given(event(AttributeKeys.COMMERCE_INFO, ON_DISPATCH, CLIENT_HOOK, T0))
        .when(set(COMMERCE_INFO, ON_DISPATCH, CLIENT_HOOK, T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
    assertThat(table.policies).isEmpty();
  }

  @Test
  void anIdOutsideTheCatalogIsNotFound() {
    fixture
        .givenNoPriorActivity()
        .when(set(UUID.randomUUID(), UPFRONT, INTERNAL_SERVICE, T0))
        .expectException(RetenException.class)
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Attribute key not found");
  }

  @ParameterizedTest
  @CsvSource({
    "CALLER_PROVIDED, INTERNAL_SERVICE, resolver_type: strategy CALLER_PROVIDED",
    "CALLER_PROVIDED, CLIENT_HOOK, resolver_type: strategy CALLER_PROVIDED",
    "UPFRONT, CALLER_PROVIDED, strategy: resolver CALLER_PROVIDED",
    "ON_DISPATCH, CALLER_PROVIDED, strategy: resolver CALLER_PROVIDED",
  })
  void callerProvidedStrategyAndResolverOnlyGoTogether(
      AttributeStrategy strategy, AttributeResolverType resolver, String message) {
    fixture
        .givenNoPriorActivity()
        .when(set(COMMERCE_INFO, strategy, resolver, T0))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage(org.hamcrest.Matchers.startsWith(message))
        .expectNoEvents();
    assertThat(table.policies).isEmpty();
  }

  @Test
  void callerProvidedTogetherIsAccepted() {
    fixture
        .givenNoPriorActivity()
        .when(
            set(
                PROMOTIONS,
                AttributeStrategy.CALLER_PROVIDED,
                AttributeResolverType.CALLER_PROVIDED,
                T0))
        .expectEvents(
            event(
                AttributeKeys.PROMOTIONS,
                AttributeStrategy.CALLER_PROVIDED,
                AttributeResolverType.CALLER_PROVIDED,
                T0));
  }

  @Test
  void promotionsHaveNoInternalSource() {
    fixture
        .givenNoPriorActivity()
        .when(set(PROMOTIONS, UPFRONT, INTERNAL_SERVICE, T0))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage(
            "resolver_type: Reten has no internal source for promotions; use CLIENT_HOOK or"
                + " CALLER_PROVIDED");
  }

  @Test
  void strategyAndResolverAreRequired() {
    fixture
        .givenNoPriorActivity()
        .when(set(COMMERCE_INFO, null, INTERNAL_SERVICE, T0))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("strategy: must not be null");
    fixture
        .givenNoPriorActivity()
        .when(set(COMMERCE_INFO, UPFRONT, null, T0))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("resolver_type: must not be null");
  }

  @Test
  void eachTenantHasItsOwnAggregateWhoseIdIsNotTheTenants() {
    UUID other = UUID.randomUUID();
    assertThat(ActivityConfigIds.attributePolicies(TENANT))
        .isNotEqualTo(TENANT)
        .isNotEqualTo(ActivityConfigIds.attributePolicies(other))
        .isNotEqualTo(ActivityConfigIds.targetResolutions(TENANT));
    assertThat(set(COMMERCE_INFO, UPFRONT, INTERNAL_SERVICE, T0).policiesId())
        .isEqualTo(ActivityConfigIds.attributePolicies(TENANT));
  }

  private static SetAttributePolicyCommand set(
      UUID keyId, AttributeStrategy strategy, AttributeResolverType resolver, Instant at) {
    return new SetAttributePolicyCommand(TENANT, keyId, strategy, resolver, at);
  }

  private static AttributePolicySetEvent event(
      String key, AttributeStrategy strategy, AttributeResolverType resolver, Instant at) {
    return new AttributePolicySetEvent(
        TENANT,
        ActivityConfigIds.attributePolicy(TENANT, key),
        AttributeKeys.byKey(key).get().id(),
        key,
        strategy,
        resolver,
        at);
  }
}
