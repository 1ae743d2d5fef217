package com.reten.commandside.activity;

import static com.reten.commandside.activity.ResolutionFixtures.*;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.activity.ActivityAttributesResolvedEvent;
import com.reten.api.activity.ActivityAttributesSetEvent;
import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityResolutionFailedEvent;
import com.reten.api.activity.ActivityResolutionRetryFailedEvent;
import com.reten.api.activity.ActivityResolvedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ActivityTargetUsersResolvedEvent;
import com.reten.api.activity.AttributeStatus;
import com.reten.api.activity.ResolveActivityForDispatchCommand;
import com.reten.api.activity.ResolveActivityTargetUserCommand;
import com.reten.api.activity.RetryActivityResolutionCommand;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activity.TargetUserStatus;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceUserDeactivatedEvent;
import com.reten.api.error.ErrorCode;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Retry-resolution, resolve by hand and resolve-for-dispatch: every transition and refusal. */
class ActivityResolutionCommandsTest {

  private static final TargetResolutionStrategy NOW = TargetResolutionStrategy.ON_CREATION;
  private static final TargetResolutionStrategy LATER = TargetResolutionStrategy.ON_DISPATCH;
  private static final TargetResolutionStrategy BY_HAND = TargetResolutionStrategy.MANUAL;
  private static final UUID FIRST = ActivityTargets.idOf(ACTIVITY, 0);

  private ActivityWorld world;
  private AggregateTestFixture<Activity> fixture;

  @BeforeEach
  void setUp() {
    world = new ActivityWorld();
    fixture = world.fixture();
    world.publish(COMMERCE, commerce());
  }

  @Test
  void aRetryAfterARepWasAddedMakesTheActivityReady() {
    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));

    fixture
        .given(unresolvedWithoutTargets())
        .when(new RetryActivityResolutionCommand(TENANT, ACTIVITY, null, T2))
        .expectEvents(
            new ActivityTargetUsersResolvedEvent(
                TENANT,
                ACTIVITY,
                List.of(resolved(0, REP, "Luis Soto", NOW, TargetLockReason.CRITERIA_MATCH, T2)),
                T2),
            new ActivityResolvedEvent(TENANT, ACTIVITY, T2))
        .expectState(activity -> assertStatus(activity, ActivityStatus.READY));
  }

  @Test
  void aRetryThatFindsSeveralUsersAddsATargetForEachAfterTheFirst() {
    world.publish(
        COMMERCE,
        user(REP, "Luis Soto", CommerceRole.COMMERCE_REP),
        user(CLERK, "Bo Li", CommerceRole.COMMERCE_REP));

    fixture
        .given(unresolvedWithoutTargets())
        .when(new RetryActivityResolutionCommand(TENANT, ACTIVITY, null, T2))
        .expectEvents(
            new ActivityTargetUsersResolvedEvent(
                TENANT,
                ACTIVITY,
                List.of(
                    resolved(0, REP, "Luis Soto", NOW, TargetLockReason.CRITERIA_MATCH, T2),
                    resolved(1, CLERK, "Bo Li", NOW, TargetLockReason.CRITERIA_MATCH, T2)),
                T2),
            new ActivityResolvedEvent(TENANT, ACTIVITY, T2));
  }

  @Test
  void aRetryThatStillFindsNobodyStaysUnresolvedSayingWhy() {
    fixture
        .given(unresolvedWithoutTargets())
        .when(new RetryActivityResolutionCommand(TENANT, ACTIVITY, null, T2))
        .expectEvents(
            new ActivityResolutionRetryFailedEvent(
                TENANT,
                ACTIVITY,
                "TARGET_RESOLUTION_FAILED",
                targetFailed(0, NO_REP_OR_OWNER),
                T2));
  }

  @Test
  void aRetryReRunsFailedRequiredAttributesOnly() {
    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));
    world.history.lastResult = java.util.Map.of("status", "COMPLETED");
    var failedResult =
        attribute(
            "last_result",
            null,
            AttributeStatus.FAILED,
            AttributeStrategy.UPFRONT,
            AttributeResolverType.INTERNAL_SERVICE,
            null,
            null,
            "no result has been recorded on this commerce");
    var callerMissing =
        attribute(
            "promotions",
            null,
            AttributeStatus.FAILED,
            AttributeStrategy.CALLER_PROVIDED,
            AttributeResolverType.CALLER_PROVIDED,
            null,
            null,
            "no value was given by the caller");

    fixture
        .given(
            created(ActivityStatus.UNRESOLVED),
            targets(
                TargetResolutionRule.DEFAULT,
                resolved(0, REP, "Luis Soto", NOW, TargetLockReason.CRITERIA_MATCH, T0)),
            new ActivityAttributesSetEvent(
                TENANT, ACTIVITY, List.of(failedResult, callerMissing), T0),
            failedAt("ATTRIBUTE_RESOLUTION_FAILED", "attribute last_result FAILED: ..."))
        .when(new RetryActivityResolutionCommand(TENANT, ACTIVITY, null, T2))
        .expectEvents(
            new ActivityAttributesResolvedEvent(
                TENANT,
                ACTIVITY,
                List.of(
                    attribute(
                        "last_result",
                        java.util.Map.of("status", "COMPLETED"),
                        AttributeStatus.RESOLVED,
                        AttributeStrategy.UPFRONT,
                        AttributeResolverType.INTERNAL_SERVICE,
                        null,
                        T2,
                        null)),
                T2),
            new ActivityResolvedEvent(TENANT, ACTIVITY, T2));
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"UNRESOLVED"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyAnUnresolvedActivityRetries(ActivityStatus status) {
    fixture
        .given(created(status))
        .when(new RetryActivityResolutionCommand(TENANT, ACTIVITY, null, T2))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage(
            "Activity is " + status + "; only an UNRESOLVED activity can retry resolution")
        .expectNoEvents();
  }

  @Test
  void anotherTenantCannotRetryOrResolve() {
    fixture
        .given(unresolvedWithoutTargets())
        .when(new RetryActivityResolutionCommand(OTHER_TENANT, ACTIVITY, null, T2))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectNoEvents();
    fixture
        .given(unresolvedWithoutTargets())
        .when(new ResolveActivityTargetUserCommand(OTHER_TENANT, ACTIVITY, FIRST, REP, null, T2))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
    fixture
        .given(created(ActivityStatus.READY))
        .when(new ResolveActivityForDispatchCommand(OTHER_TENANT, ACTIVITY, T2))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  @Test
  void aFailedTargetResolvedByHandIsLockedAndTheActivityReady() {
    world.publish(COMMERCE, user(CLERK, "Bo Li", CommerceRole.OTHER));

    fixture
        .given(unresolvedWithoutTargets())
        .when(new ResolveActivityTargetUserCommand(TENANT, ACTIVITY, FIRST, CLERK, null, T2))
        .expectEvents(
            new ActivityTargetUsersResolvedEvent(
                TENANT, ACTIVITY, List.of(lockedTo(CLERK, "Bo Li", NOW)), T2),
            new ActivityResolvedEvent(TENANT, ACTIVITY, T2));
  }

  @Test
  void aManualTargetResolvedByHandMakesTheActivityReady() {
    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));
    var manual = new TargetResolutionRule(BY_HAND, true, true, List.of());

    fixture
        .given(
            created(ActivityStatus.UNRESOLVED),
            targets(manual, pending(0, BY_HAND)),
            failedAt("MANUAL_RESOLUTION_PENDING", "waits"))
        .when(new ResolveActivityTargetUserCommand(TENANT, ACTIVITY, FIRST, REP, null, T2))
        .expectEvents(
            new ActivityTargetUsersResolvedEvent(
                TENANT, ACTIVITY, List.of(lockedTo(REP, "Luis Soto", BY_HAND)), T2),
            new ActivityResolvedEvent(TENANT, ACTIVITY, T2));
  }

  @Test
  void aPendingDispatchTargetOfAReadyActivityMayBeLockedByHand() {
    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));
    var later = new TargetResolutionRule(LATER, true, true, List.of());

    fixture
        .given(created(ActivityStatus.READY), targets(later, pending(0, LATER)))
        .when(new ResolveActivityTargetUserCommand(TENANT, ACTIVITY, FIRST, REP, null, T2))
        .expectEvents(
            new ActivityTargetUsersResolvedEvent(
                TENANT, ACTIVITY, List.of(lockedTo(REP, "Luis Soto", LATER)), T2));
  }

  @Test
  void aFailedAttributeStillBlocksAfterTheTargetIsLocked() {
    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));
    var promotions =
        attribute(
            "promotions",
            null,
            AttributeStatus.FAILED,
            AttributeStrategy.UPFRONT,
            AttributeResolverType.INTERNAL_SERVICE,
            null,
            null,
            "no source");

    fixture
        .given(
            unresolvedWithoutTargets(
                new ActivityAttributesSetEvent(TENANT, ACTIVITY, List.of(promotions), T0)))
        .when(new ResolveActivityTargetUserCommand(TENANT, ACTIVITY, FIRST, REP, null, T2))
        .expectEvents(
            new ActivityTargetUsersResolvedEvent(
                TENANT, ACTIVITY, List.of(lockedTo(REP, "Luis Soto", NOW)), T2));
  }

  @Test
  void aLockedOrResolvedOrUnknownTargetIsRefused() {
    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));
    var resolvedTarget = resolved(0, REP, "Luis Soto", NOW, TargetLockReason.CRITERIA_MATCH, T0);

    fixture
        .given(created(ActivityStatus.READY), targets(TargetResolutionRule.DEFAULT, resolvedTarget))
        .when(new ResolveActivityTargetUserCommand(TENANT, ACTIVITY, FIRST, REP, null, T2))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage(
            "Target user is RESOLVED; only a PENDING or FAILED one can be resolved by hand");
    fixture
        .given(
            created(ActivityStatus.READY),
            targets(TargetResolutionRule.DEFAULT, lockedTo(REP, "Luis Soto", NOW)))
        .when(new ResolveActivityTargetUserCommand(TENANT, ACTIVITY, FIRST, REP, null, T2))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage(
            "Target user is LOCKED (MANUAL_ASSIGNMENT) and cannot be resolved again");
    fixture
        .given(unresolvedWithoutTargets())
        .when(
            new ResolveActivityTargetUserCommand(
                TENANT, ACTIVITY, UUID.randomUUID(), REP, null, T2))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Target user not found");
  }

  @Test
  void theCommerceUserMustBeAnActiveUserOfTheActivitysCommerce() {
    world.publish(
        COMMERCE,
        user(REP, "Luis Soto", CommerceRole.COMMERCE_REP),
        new CommerceUserDeactivatedEvent(TENANT, COMMERCE, REP, T0));

    fixture
        .given(unresolvedWithoutTargets())
        .when(new ResolveActivityTargetUserCommand(TENANT, ACTIVITY, FIRST, REP, null, T2))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("commerce_user_id: the commerce user is not active")
        .expectNoEvents();
    fixture
        .given(unresolvedWithoutTargets())
        .when(new ResolveActivityTargetUserCommand(TENANT, ACTIVITY, FIRST, OWNER, null, T2))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Commerce user not found");
  }

  @Test
  void aCanceledActivitysTargetsAreNotResolvedByHand() {
    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));

    fixture
        .given(
            unresolvedWithoutTargets(
                new ActivityCanceledEvent(TENANT, ACTIVITY, ActivityStatus.UNRESOLVED, null, T1)))
        .when(new ResolveActivityTargetUserCommand(TENANT, ACTIVITY, FIRST, REP, null, T2))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage(
            "Activity is CANCELED; target users are resolved while READY or UNRESOLVED");
  }

  @Test
  void dispatchResolvesWhatWaitsForItAndSaysTheActivityMayGo() {
    world.publish(COMMERCE, user(OWNER, "Ana Diaz", CommerceRole.OWNER));
    var later = new TargetResolutionRule(LATER, true, true, List.of());
    var waiting =
        attribute(
            "commerce_info",
            null,
            AttributeStatus.PENDING,
            AttributeStrategy.ON_DISPATCH,
            AttributeResolverType.INTERNAL_SERVICE,
            null,
            null,
            null);
    var info = new java.util.LinkedHashMap<String, Object>();
    info.put("name", "Almacén Rosa");
    info.put("taxId", "76.123.456-7");
    info.put("primaryAddress", null);

    fixture
        .given(
            created(ActivityStatus.READY),
            targets(later, pending(0, LATER)),
            new ActivityAttributesSetEvent(TENANT, ACTIVITY, List.of(waiting), T0))
        .when(new ResolveActivityForDispatchCommand(TENANT, ACTIVITY, T2))
        .expectEvents(
            new ActivityTargetUsersResolvedEvent(
                TENANT,
                ACTIVITY,
                List.of(resolved(0, OWNER, "Ana Diaz", LATER, TargetLockReason.FALLBACK_OWNER, T2)),
                T2),
            new ActivityAttributesResolvedEvent(
                TENANT,
                ACTIVITY,
                List.of(
                    attribute(
                        "commerce_info",
                        info,
                        AttributeStatus.RESOLVED,
                        AttributeStrategy.ON_DISPATCH,
                        AttributeResolverType.INTERNAL_SERVICE,
                        null,
                        T2,
                        null)),
                T2))
        .expectResultMessagePayload(true);
  }

  @Test
  void aDispatchResolutionThatFailsMakesTheActivityUnresolved() {
    var later = new TargetResolutionRule(LATER, true, true, List.of());

    fixture
        .given(created(ActivityStatus.READY), targets(later, pending(0, LATER)))
        .when(new ResolveActivityForDispatchCommand(TENANT, ACTIVITY, T2))
        .expectEvents(
            new ActivityTargetUsersResolvedEvent(
                TENANT,
                ACTIVITY,
                List.of(
                    failed(
                        0,
                        LATER,
                        "the rule has no criteria; "
                            + "no active COMMERCE_REP or OWNER to fall back to")),
                T2),
            new ActivityResolutionFailedEvent(
                TENANT,
                ACTIVITY,
                ActivityStatus.READY,
                "TARGET_RESOLUTION_FAILED",
                targetFailed(
                    0, "the rule has no criteria; no active COMMERCE_REP or OWNER to fall back to"),
                T2))
        .expectResultMessagePayload(false)
        .expectState(activity -> assertStatus(activity, ActivityStatus.UNRESOLVED));
  }

  @Test
  void withNothingWaitingDispatchMayGoAtOnce() {
    fixture
        .given(created(ActivityStatus.READY))
        .when(new ResolveActivityForDispatchCommand(TENANT, ACTIVITY, T2))
        .expectNoEvents()
        .expectResultMessagePayload(true);
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"READY"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyAReadyActivityIsResolvedForDispatch(ActivityStatus status) {
    fixture
        .given(created(status))
        .when(new ResolveActivityForDispatchCommand(TENANT, ACTIVITY, T2))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage("Activity is " + status + ", not READY");
  }

  /** Created with no rep and no owner (one FAILED target user, UNRESOLVED), then {@code more}. */
  private static List<Object> unresolvedWithoutTargets(Object... more) {
    var events = new java.util.ArrayList<Object>();
    events.add(created(ActivityStatus.UNRESOLVED));
    events.add(targets(TargetResolutionRule.DEFAULT, failed(0, NOW, NO_REP_OR_OWNER)));
    events.add(failedAt("TARGET_RESOLUTION_FAILED", targetFailed(0, NO_REP_OR_OWNER)));
    events.addAll(List.of(more));
    return events;
  }

  private static ActivityResolutionFailedEvent failedAt(String code, String message) {
    return new ActivityResolutionFailedEvent(TENANT, ACTIVITY, null, code, message, T0);
  }

  private static ActivityTargetUser lockedTo(
      UUID user, String name, TargetResolutionStrategy strategy) {
    return new ActivityTargetUser(
        FIRST,
        user,
        name,
        TargetUserStatus.LOCKED,
        strategy,
        TargetLockReason.MANUAL_ASSIGNMENT,
        T2,
        T2,
        null);
  }

  private static void assertStatus(Activity activity, ActivityStatus expected) {
    org.assertj.core.api.Assertions.assertThat(activity).extracting("status").isEqualTo(expected);
  }
}
