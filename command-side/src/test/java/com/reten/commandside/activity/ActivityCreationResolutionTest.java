package com.reten.commandside.activity;

import static com.reten.commandside.activity.ResolutionFixtures.*;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityAttributesSetEvent;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityResolutionFailedEvent;
import com.reten.api.activity.ActivityResolutionRequest;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityTargetUsersSetEvent;
import com.reten.api.activity.AttributeRequest;
import com.reten.api.activity.AttributeStatus;
import com.reten.api.activity.CreateActivityCommand;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.error.ErrorCode;
import com.reten.api.operator.OperatorCreatedEvent;
import com.reten.api.operator.OperatorType;
import com.reten.api.route.RouteCreatedEvent;
import com.reten.api.route.RouteOperatorLinkedEvent;
import com.reten.api.route.RouteRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What creation resolves: each target rule and fallback, each attribute path, and their 400s. */
class ActivityCreationResolutionTest {

  private static final TargetResolutionStrategy NOW = TargetResolutionStrategy.ON_CREATION;

  private ActivityWorld world;
  private AggregateTestFixture<Activity> fixture;

  @BeforeEach
  void setUp() {
    world = new ActivityWorld();
    fixture = world.fixture();
    world.publish(COMMERCE, commerce());
  }

  @Test
  void withNoRepAndNoOwnerTheActivityIsCreatedUnresolvedSayingWhy() {
    var details = message(ActivityChannel.SMS);

    fixture
        .givenNoPriorActivity()
        .when(new CreateActivityCommand(TENANT, ACTIVITY, details, T1))
        .expectEvents(
            new ActivityCreatedEvent(TENANT, ACTIVITY, details, ActivityStatus.UNRESOLVED, T1),
            new ActivityTargetUsersSetEvent(
                TENANT,
                ACTIVITY,
                TargetResolutionRule.DEFAULT,
                List.of(failed(0, NOW, NO_REP_OR_OWNER)),
                T1),
            new ActivityResolutionFailedEvent(
                TENANT,
                ACTIVITY,
                null,
                "TARGET_RESOLUTION_FAILED",
                targetFailed(0, NO_REP_OR_OWNER),
                T1));
  }

  @Test
  void theRequestsCriteriaAreTriedInPriorityOrderAndEveryMatchIsATarget() {
    world.publish(
        COMMERCE,
        user(REP, "Luis Soto", CommerceRole.COMMERCE_REP),
        user(OWNER, "Ana Diaz", CommerceRole.OWNER, CommerceRole.FINANCE),
        user(CLERK, "Bo", CommerceRole.FINANCE));
    var criteria =
        List.of(
            criterion(TargetCriterionType.ROLE_MATCH, "finance", 5),
            criterion(TargetCriterionType.ROLE_MATCH, "ORDERS", 1));
    var rule =
        new TargetResolutionRule(
            NOW,
            true,
            true,
            List.of(
                criterion(TargetCriterionType.ROLE_MATCH, "ORDERS", 1),
                criterion(TargetCriterionType.ROLE_MATCH, "FINANCE", 5)));

    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.SMS), criteria, List.of(), List.of()))
        .expectEvents(
            created(message(ActivityChannel.SMS), ActivityStatus.READY),
            new ActivityTargetUsersSetEvent(
                TENANT,
                ACTIVITY,
                rule,
                List.of(
                    resolved(0, OWNER, "Ana Diaz", NOW, TargetLockReason.CRITERIA_MATCH, T1),
                    resolved(1, CLERK, "Bo", NOW, TargetLockReason.CRITERIA_MATCH, T1)),
                T1));
  }

  @Test
  void noMatchFallsBackToTheRepThenToTheOwner() {
    world.publish(COMMERCE, user(OWNER, "Ana Diaz", CommerceRole.OWNER));
    var criteria = List.of(criterion(TargetCriterionType.LAST_CONTACTED_ALL_CHANNELS, null, 0));

    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.SMS), criteria, List.of(), List.of()))
        .expectEvents(
            created(message(ActivityChannel.SMS), ActivityStatus.READY),
            new ActivityTargetUsersSetEvent(
                TENANT,
                ACTIVITY,
                new TargetResolutionRule(
                    NOW,
                    true,
                    true,
                    List.of(
                        new TargetCriterion(
                            TargetCriterionType.LAST_CONTACTED_ALL_CHANNELS, Map.of(), 0))),
                List.of(resolved(0, OWNER, "Ana Diaz", NOW, TargetLockReason.FALLBACK_OWNER, T1)),
                T1));

    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));
    world.settings.rule = new TargetResolutionRule(NOW, true, true, List.of());
    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.SMS), List.of(), List.of(), List.of()))
        .expectEvents(
            created(message(ActivityChannel.SMS), ActivityStatus.READY),
            targetsAt(
                world.settings.rule,
                resolved(0, REP, "Luis Soto", NOW, TargetLockReason.FALLBACK_COMMERCE_REP, T1)));
  }

  @Test
  void withFallbacksOffAnOwnerIsNotTaken() {
    world.publish(COMMERCE, user(OWNER, "Ana Diaz", CommerceRole.OWNER));
    world.settings.rule =
        new TargetResolutionRule(
            NOW, false, false, List.of(criterion(TargetCriterionType.ROLE_MATCH, "ADMIN", 0)));
    String why = "no active commerce user matched ROLE_MATCH ADMIN; fallbacks are off";

    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.SMS), List.of(), List.of(), List.of()))
        .expectEvents(
            created(message(ActivityChannel.SMS), ActivityStatus.UNRESOLVED),
            targetsAt(world.settings.rule, failed(0, NOW, why)),
            new ActivityResolutionFailedEvent(
                TENANT, ACTIVITY, null, "TARGET_RESOLUTION_FAILED", targetFailed(0, why), T1));
  }

  @Test
  void lastContactedOnTheSameChannelPicksThatUserWhileActive() {
    world.publish(
        COMMERCE,
        user(REP, "Luis Soto", CommerceRole.COMMERCE_REP),
        user(CLERK, "Bo", CommerceRole.OTHER));
    world.history.lastContacted.put(java.util.Optional.of(ActivityChannel.WHATSAPP), CLERK);
    world.history.lastContacted.put(java.util.Optional.empty(), REP);
    var criteria = List.of(criterion(TargetCriterionType.LAST_CONTACTED_SAME_CHANNEL, null, 0));

    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.WHATSAPP), criteria, List.of(), List.of()))
        .expectEvents(
            created(message(ActivityChannel.WHATSAPP), ActivityStatus.READY),
            targetsAt(
                ResolutionRequestRules.ruleOf(criteria),
                resolved(0, CLERK, "Bo", NOW, TargetLockReason.CRITERIA_MATCH, T1)));
  }

  @Test
  void onDispatchLeavesTheTargetPendingAndTheActivityReady() {
    world.settings.rule =
        new TargetResolutionRule(TargetResolutionStrategy.ON_DISPATCH, true, true, List.of());

    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.SMS), List.of(), List.of(), List.of()))
        .expectEvents(
            created(message(ActivityChannel.SMS), ActivityStatus.READY),
            targetsAt(world.settings.rule, pending(0, TargetResolutionStrategy.ON_DISPATCH)));
  }

  @Test
  void manualLeavesTheTargetPendingAndTheActivityUnresolved() {
    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));
    world.settings.rule =
        new TargetResolutionRule(TargetResolutionStrategy.MANUAL, true, true, List.of());

    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.SMS), List.of(), List.of(), List.of()))
        .expectEvents(
            created(message(ActivityChannel.SMS), ActivityStatus.UNRESOLVED),
            targetsAt(world.settings.rule, pending(0, TargetResolutionStrategy.MANUAL)),
            new ActivityResolutionFailedEvent(
                TENANT,
                ACTIVITY,
                null,
                "MANUAL_RESOLUTION_PENDING",
                "target user "
                    + ActivityTargets.idOf(ACTIVITY, 0)
                    + " waits to be resolved by hand (MANUAL)",
                T1));
  }

  @Test
  void attributesTakeTheCallersValueOrTheDirectoryOrTheFallback() {
    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));
    world.publish(
        OPERATOR,
        new OperatorCreatedEvent(
            TENANT,
            OPERATOR,
            OperatorType.SALESMAN,
            "Ana",
            null,
            null,
            "E-7",
            false,
            Map.of(),
            T0));
    world.publish(
        ROUTE,
        new RouteCreatedEvent(TENANT, ROUTE, "North", "R-1", null, Map.of(), T0),
        new RouteOperatorLinkedEvent(TENANT, ROUTE, OPERATOR, RouteRole.LEAD, T0));
    var given =
        List.of(
            new AttributeRequest("promotions", List.of("2x1"), null),
            new AttributeRequest("last_result", null, Map.of("status", "none")));
    Map<String, Object> commerceInfo = new LinkedHashMap<>();
    commerceInfo.put("name", "Almacén Rosa");
    commerceInfo.put("taxId", "76.123.456-7");
    commerceInfo.put("primaryAddress", null);
    var upfront = AttributeStrategy.UPFRONT;
    var internal = AttributeResolverType.INTERNAL_SERVICE;
    List<ActivityAttribute> expected =
        List.of(
            attribute(
                "commerce_info",
                commerceInfo,
                AttributeStatus.RESOLVED,
                upfront,
                internal,
                null,
                T1,
                null),
            attribute(
                "operator_info",
                Map.of(
                    "id",
                    OPERATOR.toString(),
                    "name",
                    "Ana",
                    "externalId",
                    "E-7",
                    "type",
                    "SALESMAN"),
                AttributeStatus.RESOLVED,
                upfront,
                internal,
                null,
                T1,
                null),
            attribute(
                "route_info",
                Map.of("id", ROUTE.toString(), "name", "North", "externalId", "R-1"),
                AttributeStatus.RESOLVED,
                upfront,
                internal,
                null,
                T1,
                null),
            attribute(
                "promotions",
                List.of("2x1"),
                AttributeStatus.RESOLVED,
                upfront,
                AttributeResolverType.CALLER_PROVIDED,
                null,
                T1,
                null),
            attribute(
                "last_result",
                Map.of("status", "none"),
                AttributeStatus.FALLBACK,
                upfront,
                internal,
                Map.of("status", "none"),
                T1,
                "no result has been recorded on this commerce"));

    fixture
        .givenNoPriorActivity()
        .when(
            create(
                task(),
                List.of(),
                List.of("commerce_info", "operator_info", "route_info", "promotions"),
                given))
        .expectEvents(
            created(task(), ActivityStatus.READY),
            targetsAt(
                TargetResolutionRule.DEFAULT,
                resolved(0, REP, "Luis Soto", NOW, TargetLockReason.CRITERIA_MATCH, T1)),
            new ActivityAttributesSetEvent(TENANT, ACTIVITY, expected, T1));
  }

  @Test
  void aFailedUpfrontAttributeMakesTheActivityUnresolved() {
    world.publish(COMMERCE, user(REP, "Luis Soto", CommerceRole.COMMERCE_REP));
    world.policies(
        "last_result", AttributeStrategy.ON_DISPATCH, AttributeResolverType.INTERNAL_SERVICE);
    world.policies("route_info", AttributeStrategy.UPFRONT, AttributeResolverType.CLIENT_HOOK);
    world.policies(
        "operator_info", AttributeStrategy.CALLER_PROVIDED, AttributeResolverType.CALLER_PROVIDED);
    var keys = List.of("promotions", "last_result", "route_info", "operator_info");
    var upfront = AttributeStrategy.UPFRONT;
    String why =
        "attribute promotions FAILED: Reten has no internal source for promotions;"
            + " attribute route_info FAILED: no hook URL configured";

    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.SMS), List.of(), keys, List.of()))
        .expectEvents(
            created(message(ActivityChannel.SMS), ActivityStatus.UNRESOLVED),
            targetsAt(
                TargetResolutionRule.DEFAULT,
                resolved(0, REP, "Luis Soto", NOW, TargetLockReason.CRITERIA_MATCH, T1)),
            new ActivityAttributesSetEvent(
                TENANT,
                ACTIVITY,
                List.of(
                    attribute(
                        "promotions",
                        null,
                        AttributeStatus.FAILED,
                        upfront,
                        AttributeResolverType.INTERNAL_SERVICE,
                        null,
                        null,
                        "Reten has no internal source for promotions"),
                    attribute(
                        "last_result",
                        null,
                        AttributeStatus.PENDING,
                        AttributeStrategy.ON_DISPATCH,
                        AttributeResolverType.INTERNAL_SERVICE,
                        null,
                        null,
                        null),
                    attribute(
                        "route_info",
                        null,
                        AttributeStatus.FAILED,
                        upfront,
                        AttributeResolverType.CLIENT_HOOK,
                        null,
                        null,
                        "no hook URL configured"),
                    attribute(
                        "operator_info",
                        null,
                        AttributeStatus.FAILED,
                        AttributeStrategy.CALLER_PROVIDED,
                        AttributeResolverType.CALLER_PROVIDED,
                        null,
                        null,
                        "no value was given by the caller")),
                T1),
            new ActivityResolutionFailedEvent(
                TENANT, ACTIVITY, null, "ATTRIBUTE_RESOLUTION_FAILED", why, T1));
  }

  @Test
  void anUnknownAttributeKeyOrABadCriterionIsABadRequest() {
    var details = message(ActivityChannel.SMS);
    fixture
        .givenNoPriorActivity()
        .when(create(details, List.of(), List.of("commerce_info", "weather"), List.of()))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage(
            "attribute_keys[1]: unknown attribute key 'weather' (known: commerce_info,"
                + " operator_info, route_info, last_result, promotions)")
        .expectNoEvents();
    fixture
        .givenNoPriorActivity()
        .when(
            create(
                details,
                List.of(),
                List.of(),
                List.of(
                    new AttributeRequest("route_info", 1, null),
                    new AttributeRequest("route_info", 2, null))))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("attributes[1].key: 'route_info' is given twice");
    fixture
        .givenNoPriorActivity()
        .when(
            create(
                details,
                List.of(criterion(TargetCriterionType.ROLE_MATCH, "BOSS", 0)),
                List.of(),
                List.of()))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage(
            "target_criteria[0].config.role: a ROLE_MATCH criterion names one of OWNER, ORDERS,"
                + " FINANCE, ATTENTION, ADMIN, COMMERCE_REP, OTHER");
    fixture
        .givenNoPriorActivity()
        .when(
            create(details, java.util.Arrays.asList((TargetCriterion) null), List.of(), List.of()))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("target_criteria[0].type: must not be null");
  }

  private static TargetCriterion criterion(TargetCriterionType type, String role, int priority) {
    return new TargetCriterion(type, role == null ? Map.of() : Map.of("role", role), priority);
  }

  private static CreateActivityCommand create(
      ActivityDetails details,
      List<TargetCriterion> criteria,
      List<String> keys,
      List<AttributeRequest> attributes) {
    return new CreateActivityCommand(
        TENANT, ACTIVITY, details, T1, new ActivityResolutionRequest(criteria, keys, attributes));
  }

  private static ActivityCreatedEvent created(ActivityDetails details, ActivityStatus status) {
    return new ActivityCreatedEvent(TENANT, ACTIVITY, details, status, T1);
  }

  private static ActivityTargetUsersSetEvent targetsAt(
      TargetResolutionRule rule, com.reten.api.activity.ActivityTargetUser... targetUsers) {
    return new ActivityTargetUsersSetEvent(TENANT, ACTIVITY, rule, List.of(targetUsers), T1);
  }
}
