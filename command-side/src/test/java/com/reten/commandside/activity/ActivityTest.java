package com.reten.commandside.activity;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ActivityTargetUsersSetEvent;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.CancelActivityCommand;
import com.reten.api.activity.CreateActivityCommand;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activity.TargetUserStatus;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.api.commerce.CommerceDeactivatedEvent;
import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceUserAddedEvent;
import com.reten.api.commerce.RecordSource;
import com.reten.api.error.ErrorCode;
import com.reten.api.operator.OperatorCreatedEvent;
import com.reten.api.operator.OperatorType;
import com.reten.api.route.RouteCreatedEvent;
import com.reten.api.route.RouteOperatorLinkedEvent;
import com.reten.api.route.RouteRole;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Creation rules with the Commerce, Route and Operator aggregates sourced by real repositories, and
 * the cancel transition from every status.
 */
class ActivityTest {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
  static final UUID ACTIVITY = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  static final UUID COMMERCE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  static final UUID ROUTE = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
  static final UUID OPERATOR = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);

  private AggregateTestFixture<Activity> fixture;
  private EmbeddedEventStore others;

  @BeforeEach
  void setUp() {
    ActivityWorld world = new ActivityWorld();
    others = world.others;
    fixture = world.fixture();
  }

  @Test
  void aMessageForAnActiveCommerceWithARepIsCreatedReady() {
    UUID rep = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    history(
        COMMERCE,
        commerce(TENANT),
        new CommerceUserAddedEvent(
            TENANT,
            COMMERCE,
            rep,
            "Luis Soto",
            null,
            RecordSource.RETEN,
            Set.of(CommerceRole.COMMERCE_REP),
            T0));
    var details = message(ActivityChannel.WHATSAPP);
    var target =
        new ActivityTargetUser(
            ActivityTargets.idOf(ACTIVITY, 0),
            rep,
            "Luis Soto",
            TargetUserStatus.RESOLVED,
            TargetResolutionStrategy.ON_CREATION,
            TargetLockReason.CRITERIA_MATCH,
            T1,
            null,
            null);

    fixture
        .givenNoPriorActivity()
        .when(new CreateActivityCommand(TENANT, ACTIVITY, details, T1))
        .expectEvents(
            new ActivityCreatedEvent(TENANT, ACTIVITY, details, ActivityStatus.READY, T1),
            new ActivityTargetUsersSetEvent(
                TENANT, ACTIVITY, TargetResolutionRule.DEFAULT, List.of(target), T1));
  }

  @ParameterizedTest
  @EnumSource(ActivityChannel.class)
  void aMessageUsesWhatsappEmailSmsOrPush(ActivityChannel channel) {
    history(COMMERCE, commerce(TENANT));
    var result = fixture.givenNoPriorActivity().when(create(message(channel)));
    if (isTaskChannel(channel)) {
      result.expectException(hasCode(ErrorCode.VALIDATION_FAILED)).expectNoEvents();
    } else {
      result.expectSuccessfulHandlerExecution();
    }
  }

  @ParameterizedTest
  @EnumSource(ActivityChannel.class)
  void aTaskUsesSalesmanOrCallcenter(ActivityChannel channel) {
    history(COMMERCE, commerce(TENANT));
    var result = fixture.givenNoPriorActivity().when(create(task(channel, null, null)));
    if (isTaskChannel(channel)) {
      result.expectSuccessfulHandlerExecution();
    } else {
      result.expectException(hasCode(ErrorCode.VALIDATION_FAILED)).expectNoEvents();
    }
  }

  private static boolean isTaskChannel(ActivityChannel channel) {
    return channel == ActivityChannel.SALESMAN || channel == ActivityChannel.CALLCENTER;
  }

  @Test
  void theCommerceMustBeAnActiveCommerceOfTheTenant() {
    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.SMS)))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Commerce not found");

    history(COMMERCE, commerce(OTHER_TENANT));
    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.SMS)))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  @Test
  void aRepeatedIdempotencyKeyIsRefusedBeforeTheCommerceIsLoaded() {
    // No commerce at all: the repeat must fail on the existing stream, not on the commerce.
    var details = message(ActivityChannel.SMS);
    fixture
        .given(new ActivityCreatedEvent(TENANT, ACTIVITY, details, ActivityStatus.READY, T0))
        .when(new CreateActivityCommand(TENANT, ACTIVITY, details, T1))
        .expectException(AggregateStreamCreationException.class)
        .expectNoEvents();
  }

  @Test
  void anInactiveCommerceIsABadRequest() {
    history(COMMERCE, commerce(TENANT), new CommerceDeactivatedEvent(TENANT, COMMERCE, T0));

    fixture
        .givenNoPriorActivity()
        .when(create(message(ActivityChannel.SMS)))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectNoEvents();
  }

  @Test
  void anAssignedTaskNeedsTheOperatorLinkedToTheRoute() {
    history(COMMERCE, commerce(TENANT));
    history(OPERATOR, operator(TENANT));
    history(ROUTE, route(TENANT));
    fixture
        .givenNoPriorActivity()
        .when(create(task(ActivityChannel.SALESMAN, ROUTE, OPERATOR)))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("assigned_operator_id: the operator is not linked to the route");

    others.publish(
        new GenericDomainEventMessage<>(
            "Route",
            ROUTE.toString(),
            1,
            new RouteOperatorLinkedEvent(TENANT, ROUTE, OPERATOR, RouteRole.MEMBER, T0)));
    fixture
        .givenNoPriorActivity()
        .when(create(task(ActivityChannel.SALESMAN, ROUTE, OPERATOR)))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void anotherTenantsRouteOrOperatorIsNotFound() {
    history(COMMERCE, commerce(TENANT));
    history(OPERATOR, operator(OTHER_TENANT));
    fixture
        .givenNoPriorActivity()
        .when(create(task(ActivityChannel.CALLCENTER, ROUTE, OPERATOR)))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Operator not found");
  }

  @Test
  void aMessageHasNoRouteOrOperator() {
    history(COMMERCE, commerce(TENANT));
    var details = message(ActivityChannel.EMAIL);
    var withRoute =
        new ActivityDetails(
            ActivityType.MESSAGE,
            details.channel(),
            details.reason(),
            COMMERCE,
            "key-1",
            T1,
            null,
            null,
            null,
            null,
            ROUTE,
            OPERATOR);
    fixture
        .givenNoPriorActivity()
        .when(create(withRoute))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"READY", "UNRESOLVED", "DISPATCHED"})
  void aLiveActivityIsCanceled(ActivityStatus status) {
    fixture
        .given(created(status))
        .when(new CancelActivityCommand(TENANT, ACTIVITY, "no longer needed", null, T1))
        .expectEvents(new ActivityCanceledEvent(TENANT, ACTIVITY, status, "no longer needed", T1));
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"COMPLETED", "CANCELED", "FAILED"})
  void aTerminalActivityIsNotCanceled(ActivityStatus status) {
    fixture
        .given(created(status))
        .when(new CancelActivityCommand(TENANT, ACTIVITY, null, null, T1))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectNoEvents();
  }

  @Test
  void aDispatchedActivityCanStillBeCanceled() {
    var dispatched = new ActivityDispatchedEvent(TENANT, ACTIVITY, UUID.randomUUID(), "p-1", 1, T0);
    fixture
        .given(created(ActivityStatus.READY), dispatched)
        .when(new CancelActivityCommand(TENANT, ACTIVITY, null, null, T1))
        .expectEvents(
            new ActivityCanceledEvent(TENANT, ACTIVITY, ActivityStatus.DISPATCHED, null, T1));
  }

  @Test
  void twiceCanceledIsRefused() {
    fixture
        .given(
            created(ActivityStatus.READY),
            new ActivityCanceledEvent(TENANT, ACTIVITY, ActivityStatus.READY, null, T0))
        .when(new CancelActivityCommand(TENANT, ACTIVITY, null, null, T1))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION));
  }

  @Test
  void anotherTenantCannotCancel() {
    fixture
        .given(created(ActivityStatus.READY))
        .when(new CancelActivityCommand(OTHER_TENANT, ACTIVITY, null, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectNoEvents();
  }

  private static ActivityCreatedEvent created(ActivityStatus status) {
    return new ActivityCreatedEvent(TENANT, ACTIVITY, message(ActivityChannel.PUSH), status, T0);
  }

  private static CreateActivityCommand create(ActivityDetails details) {
    return new CreateActivityCommand(TENANT, ACTIVITY, details, T1);
  }

  private static ActivityDetails message(ActivityChannel channel) {
    return new ActivityDetails(
        ActivityType.MESSAGE,
        channel,
        "Reorder reminder",
        COMMERCE,
        "key-1",
        T1,
        "mornings",
        "ACTIVE",
        7,
        "low stock",
        null,
        null);
  }

  private static ActivityDetails task(ActivityChannel channel, UUID route, UUID operator) {
    return new ActivityDetails(
        ActivityType.TASK,
        channel,
        "Visit",
        COMMERCE,
        "key-2",
        T1,
        null,
        null,
        null,
        null,
        route,
        operator);
  }

  private static CommerceRegisteredEvent commerce(UUID tenant) {
    return new CommerceRegisteredEvent(
        tenant, COMMERCE, "Almacén Rosa", "ext-1", null, null, false, Map.of(), T0);
  }

  private static OperatorCreatedEvent operator(UUID tenant) {
    return new OperatorCreatedEvent(
        tenant, OPERATOR, OperatorType.SALESMAN, "Ana", null, null, null, false, Map.of(), T0);
  }

  private static RouteCreatedEvent route(UUID tenant) {
    return new RouteCreatedEvent(tenant, ROUTE, "North", null, null, Map.of(), T0);
  }

  private void history(UUID id, Object... events) {
    for (int i = 0; i < events.length; i++) {
      others.publish(new GenericDomainEventMessage<>("Other", id.toString(), i, events[i]));
    }
  }
}
