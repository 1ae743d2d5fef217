package com.reten.commandside.activityconfig;

import static com.reten.api.activityconfig.TargetCriterionType.LAST_CONTACTED_ALL_CHANNELS;
import static com.reten.api.activityconfig.TargetCriterionType.ROLE_MATCH;
import static com.reten.api.activityconfig.TargetResolutionStrategy.MANUAL;
import static com.reten.api.activityconfig.TargetResolutionStrategy.ON_CREATION;
import static com.reten.api.activityconfig.TargetResolutionStrategy.ON_DISPATCH;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activityconfig.CreateTargetResolutionConfigCommand;
import com.reten.api.activityconfig.DeleteTargetResolutionConfigCommand;
import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetResolutionConfigCreatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigDeactivatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigDeletedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigReactivatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigUpdatedEvent;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.api.activityconfig.UpdateTargetResolutionConfigCommand;
import com.reten.api.error.ErrorCode;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TargetResolutionsTest {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID A = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  static final UUID B = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);
  static final TargetResolutionRule OWNERS =
      rule(ON_DISPATCH, new TargetCriterion(ROLE_MATCH, Map.of("role", "OWNER"), 0));

  private AggregateTestFixture<TargetResolutions> fixture;
  private InMemoryActivitySettingsTable table;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(TargetResolutions.class);
    table = new InMemoryActivitySettingsTable();
    fixture.registerInjectableResource(table);
  }

  @Test
  void theFirstConfigCreatesTheTenantsAggregateActiveAndInTheTable() {
    fixture
        .givenNoPriorActivity()
        .when(create(A, OWNERS, 0))
        .expectEvents(new TargetResolutionConfigCreatedEvent(TENANT, A, OWNERS, 0, T0));
    assertThat(table.targets)
        .containsEntry(A, new InMemoryActivitySettingsTable.Target(TENANT, OWNERS, 0, true));
  }

  @Test
  void criteriaAreStoredByPriorityWithTheRoleSpelledAsTheEnum() {
    var given =
        rule(
            ON_CREATION,
            new TargetCriterion(LAST_CONTACTED_ALL_CHANNELS, null, 2),
            new TargetCriterion(ROLE_MATCH, Map.of("role", " owner "), 1));
    var stored =
        rule(
            ON_CREATION,
            new TargetCriterion(ROLE_MATCH, Map.of("role", "OWNER"), 1),
            new TargetCriterion(LAST_CONTACTED_ALL_CHANNELS, Map.of(), 2));

    fixture
        .givenNoPriorActivity()
        .when(create(A, given, 0))
        .expectEvents(new TargetResolutionConfigCreatedEvent(TENANT, A, stored, 0, T0));
  }

  @Test
  void roleMatchNeedsACommerceRole() {
    for (Map<String, Object> config :
        List.<Map<String, Object>>of(Map.of(), Map.of("role", "BOSS"), Map.of("role", 3))) {
      fixture
          .givenNoPriorActivity()
          .when(create(A, rule(ON_CREATION, new TargetCriterion(ROLE_MATCH, config, 0)), 0))
          .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
          .expectExceptionMessage(
              "criteria[0].config.role: ROLE_MATCH needs a commerce role, one of OWNER, ORDERS,"
                  + " FINANCE, ATTENTION, ADMIN, COMMERCE_REP, OTHER")
          .expectNoEvents();
    }
    assertThat(table.targets).isEmpty();
  }

  @Test
  void aStrategyACriterionTypeAndAtMostTwentyCriteriaAreRequired() {
    fixture
        .givenNoPriorActivity()
        .when(create(A, rule(null), 0))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("resolution_strategy: must not be null");
    fixture
        .givenNoPriorActivity()
        .when(create(A, rule(MANUAL, new TargetCriterion(null, Map.of(), 0)), 0))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("criteria[0].type: must not be null");
    var many =
        Collections.nCopies(21, new TargetCriterion(LAST_CONTACTED_ALL_CHANNELS, Map.of(), 0));
    fixture
        .givenNoPriorActivity()
        .when(create(A, new TargetResolutionRule(MANUAL, true, true, many), 0))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("criteria: at most 20 criteria");
  }

  @Test
  void anActivePriorityIsTakenOnlyOnce() {
    fixture
        .given(created(A, 0))
        .when(create(B, OWNERS, 0))
        .expectException(hasCode(ErrorCode.TARGET_RESOLUTION_PRIORITY_TAKEN))
        .expectExceptionMessage("Another active target-resolution config already has priority 0")
        .expectNoEvents();
  }

  @Test
  void anInactiveConfigsPriorityIsFree() {
    fixture
        .given(created(A, 0), new TargetResolutionConfigDeactivatedEvent(TENANT, A, T0))
        .when(create(B, OWNERS, 0))
        .expectEvents(new TargetResolutionConfigCreatedEvent(TENANT, B, OWNERS, 0, T0));
  }

  @Test
  void reactivatingOntoATakenPriorityIsAConflict() {
    fixture
        .given(
            created(A, 0), new TargetResolutionConfigDeactivatedEvent(TENANT, A, T0), created(B, 0))
        .when(update(A).active(true).build())
        .expectException(hasCode(ErrorCode.TARGET_RESOLUTION_PRIORITY_TAKEN))
        .expectNoEvents();
  }

  @Test
  void reactivatingWithAFreePriorityInTheSameChangeIsAccepted() {
    fixture
        .given(
            created(A, 0), new TargetResolutionConfigDeactivatedEvent(TENANT, A, T0), created(B, 0))
        .when(update(A).active(true).priority(1).build())
        .expectEvents(
            new TargetResolutionConfigUpdatedEvent(TENANT, A, OWNERS, 1, T1),
            new TargetResolutionConfigReactivatedEvent(TENANT, A, T1));
    assertThat(table.targets.get(A))
        .isEqualTo(new InMemoryActivitySettingsTable.Target(TENANT, OWNERS, 1, true));
  }

  @Test
  void movingAnActiveConfigOntoATakenPriorityIsAConflict() {
    fixture
        .given(created(A, 0), created(B, 1))
        .when(update(B).priority(0).build())
        .expectException(hasCode(ErrorCode.TARGET_RESOLUTION_PRIORITY_TAKEN))
        .expectNoEvents();
  }

  @Test
  void anInactiveConfigMayMoveOntoATakenPriority() {
    fixture
        .given(created(A, 0), created(B, 1))
        .when(update(B).active(false).priority(0).build())
        .expectEvents(
            new TargetResolutionConfigUpdatedEvent(TENANT, B, OWNERS, 0, T1),
            new TargetResolutionConfigDeactivatedEvent(TENANT, B, T1));
    assertThat(table.targets.get(B).active()).isFalse();
  }

  @Test
  void anUpdateChangesOnlyTheFieldsItNamesAndChecksThemAsCreationDoes() {
    var expected =
        new TargetResolutionRule(
            MANUAL,
            false,
            true,
            List.of(new TargetCriterion(ROLE_MATCH, Map.of("role", "OWNER"), 0)));
    fixture
        .given(created(A, 0))
        .when(update(A).strategy(MANUAL).fallbackToCommerceRep(false).build())
        .expectEvents(new TargetResolutionConfigUpdatedEvent(TENANT, A, expected, 0, T1));
    fixture
        .given(created(A, 0))
        .when(
            update(A)
                .criteria(List.of(new TargetCriterion(ROLE_MATCH, Map.of("role", "nobody"), 0)))
                .build())
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(created(A, 0))
        .when(update(A).criteria(List.of()).build())
        .expectEvents(new TargetResolutionConfigUpdatedEvent(TENANT, A, rule(ON_DISPATCH), 0, T1));
  }

  @Test
  void anUpdateThatChangesNothingHasNoEvent() {
    fixture
        .given(created(A, 0))
        .when(
            update(A)
                .strategy(ON_DISPATCH)
                .priority(0)
                .active(true)
                .criteria(OWNERS.criteria())
                .build())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
    assertThat(table.targets).isEmpty();
  }

  @Test
  void aStaleExpectedVersionIsAConflict() {
    fixture
        .given(created(A, 0), new TargetResolutionConfigDeactivatedEvent(TENANT, A, T0))
        .when(update(A).active(true).expectedVersion(0L).build())
        .expectException(hasCode(ErrorCode.CONCURRENT_MODIFICATION))
        .expectExceptionMessage("Target-resolution config is at version 1, not 0; read it again");
    fixture
        .given(created(A, 0), new TargetResolutionConfigDeactivatedEvent(TENANT, A, T0))
        .when(new DeleteTargetResolutionConfigCommand(TENANT, A, 0L, T1))
        .expectException(hasCode(ErrorCode.CONCURRENT_MODIFICATION));
    fixture
        .given(created(A, 0), new TargetResolutionConfigDeactivatedEvent(TENANT, A, T0))
        .when(update(A).active(true).expectedVersion(1L).build())
        .expectEvents(new TargetResolutionConfigReactivatedEvent(TENANT, A, T1));
  }

  @Test
  void deletingRemovesTheConfigFromTheTableAndFreesItsPriority() {
    table.saveTarget(TENANT, A, OWNERS, 0, true);
    fixture
        .given(created(A, 0))
        .when(new DeleteTargetResolutionConfigCommand(TENANT, A, null, T1))
        .expectEvents(new TargetResolutionConfigDeletedEvent(TENANT, A, T1));
    assertThat(table.targets).doesNotContainKey(A);
    fixture
        .given(created(A, 0), new TargetResolutionConfigDeletedEvent(TENANT, A, T1))
        .when(create(B, OWNERS, 0))
        .expectEvents(new TargetResolutionConfigCreatedEvent(TENANT, B, OWNERS, 0, T0));
  }

  @Test
  void aDeletedOrUnknownConfigIsNotFound() {
    fixture
        .given(created(A, 0), new TargetResolutionConfigDeletedEvent(TENANT, A, T1))
        .when(new DeleteTargetResolutionConfigCommand(TENANT, A, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Target-resolution config not found");
    fixture
        .given(created(A, 0), new TargetResolutionConfigDeletedEvent(TENANT, A, T1))
        .when(update(A).priority(3).build())
        .expectException(hasCode(ErrorCode.NOT_FOUND));
    fixture
        .givenNoPriorActivity()
        .when(update(B).priority(3).build())
        .expectException(hasCode(ErrorCode.NOT_FOUND));
    fixture
        .given(created(A, 0), new TargetResolutionConfigDeletedEvent(TENANT, A, T1))
        .when(create(A, OWNERS, 1))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
  }

  private static TargetResolutionRule rule(
      TargetResolutionStrategy strategy, TargetCriterion... criteria) {
    return new TargetResolutionRule(strategy, true, true, List.of(criteria));
  }

  private static CreateTargetResolutionConfigCommand create(
      UUID id, TargetResolutionRule rule, int priority) {
    return new CreateTargetResolutionConfigCommand(TENANT, id, rule, priority, T0);
  }

  private static TargetResolutionConfigCreatedEvent created(UUID id, int priority) {
    return new TargetResolutionConfigCreatedEvent(TENANT, id, OWNERS, priority, T0);
  }

  private static Update update(UUID id) {
    return new Update(id);
  }

  /** An update command naming only what a test sets. */
  private static final class Update {
    private final UUID id;
    private final Map<String, Object> fields = new HashMap<>();

    Update(UUID id) {
      this.id = id;
    }

    Update strategy(TargetResolutionStrategy value) {
      fields.put("strategy", value);
      return this;
    }

    Update fallbackToCommerceRep(boolean value) {
      fields.put("fallbackToCommerceRep", value);
      return this;
    }

    Update criteria(List<TargetCriterion> value) {
      fields.put("criteria", value);
      return this;
    }

    Update priority(int value) {
      fields.put("priority", value);
      return this;
    }

    Update active(boolean value) {
      fields.put("active", value);
      return this;
    }

    Update expectedVersion(Long value) {
      fields.put("expectedVersion", value);
      return this;
    }

    @SuppressWarnings("unchecked")
    UpdateTargetResolutionConfigCommand build() {
      return new UpdateTargetResolutionConfigCommand(
          TENANT,
          id,
          (TargetResolutionStrategy) fields.get("strategy"),
          (Boolean) fields.get("fallbackToCommerceRep"),
          null,
          (List<TargetCriterion>) fields.get("criteria"),
          (Integer) fields.get("priority"),
          (Boolean) fields.get("active"),
          (Long) fields.get("expectedVersion"),
          T1);
    }
  }
}
