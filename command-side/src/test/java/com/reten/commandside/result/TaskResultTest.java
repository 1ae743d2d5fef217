package com.reten.commandside.result;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityIds;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import com.reten.api.error.ErrorCode;
import com.reten.api.result.ActivityFollowUpFailedEvent;
import com.reten.api.result.ActivityFollowUpRequestedEvent;
import com.reten.api.result.ActivityResult;
import com.reten.api.result.ActivityResultAppliedEvent;
import com.reten.api.result.ActivityResultRecordedEvent;
import com.reten.api.result.ContactDirection;
import com.reten.api.result.RecordFollowUpFailureCommand;
import com.reten.api.result.RecordTaskResultCommand;
import com.reten.api.result.ResultRoute;
import com.reten.api.result.ResultSource;
import com.reten.api.result.ResultStatus;
import com.reten.api.result.ResultSubmission;
import com.reten.api.result.StandaloneResultRecordedEvent;
import com.reten.api.result.TaskResult;
import com.reten.api.resulttype.TaskResultTypeDefinition;
import com.reten.api.resulttype.TaskResultTypes;
import com.reten.api.resulttype.TaskResultTypesSeededEvent;
import com.reten.commandside.activity.Activity;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import com.reten.commandside.resulttype.InMemoryTaskResultTypeLookup;
import com.reten.commandside.resulttype.TaskResultTypeCatalog;
import com.reten.commandside.resulttype.TaskResultTypeCatalogs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every status mapping, terminal-state and override rule of a result (API.md §4.1, §4.5), with the
 * Activity aggregate sourced by the fixture and the command-side lookups in memory.
 */
class TaskResultTest {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
  static final UUID ACTIVITY = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  static final UUID RESULT = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  static final UUID COMMERCE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  static final UUID OTHER_COMMERCE = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
  static final UUID ROUTE = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
  static final UUID OPERATOR = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(3_600);
  static final Instant OCCURRED = T1.minusSeconds(600);
  static final Instant NEXT_WEEK = T1.plusSeconds(7 * 86_400);

  private AggregateTestFixture<Activity> fixture;
  private EmbeddedEventStore others;
  private InMemoryTaskResultTypeLookup types;
  private InMemoryProviderActivityIds providerIds;
  private InMemoryLastResults lastResults;
  private InMemoryUniqueClaims claims;

  @BeforeEach
  void setUp() {
    claims = new InMemoryUniqueClaims();
    claims.claim(ClaimScope.COMMERCE_EXTERNAL_ID, ClaimScope.perTenant(TENANT, "C-1"), COMMERCE);
    claims.claim(
        ClaimScope.COMMERCE_EXTERNAL_ID, ClaimScope.perTenant(TENANT, "C-2"), OTHER_COMMERCE);
    types = new InMemoryTaskResultTypeLookup();
    TaskResultTypes.DEFAULTS.forEach(type -> types.put(TENANT, type, true));
    types.put(TENANT, new TaskResultTypeDefinition("RETIRED", "Retired", false), false);
    providerIds = new InMemoryProviderActivityIds();
    lastResults = new InMemoryLastResults();
    others = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    others.publish(
        new GenericDomainEventMessage<>(
            "TaskResultTypeCatalog",
            TaskResultTypes.catalogId(TENANT).toString(),
            0,
            new TaskResultTypesSeededEvent(
                TENANT, TaskResultTypes.catalogId(TENANT), TaskResultTypes.DEFAULTS, T0)));
    fixture = new AggregateTestFixture<>(Activity.class);
    fixture.registerAnnotatedCommandHandler(
        new TaskResultHandler(
            fixture.getRepository(),
            repository(StandaloneResult.class),
            claims,
            catalogs(repository(TaskResultTypeCatalog.class), types),
            providerIds,
            lastResults));
  }

  @ParameterizedTest
  @CsvSource({
    "CORE, COMPLETED, COMPLETED",
    "CORE, TRANSFERRED, COMPLETED",
    "CORE, NOT_EXECUTED, FAILED",
    "CORE, CANCELED, CANCELED",
    "INTEGRATION, EFFECTIVE, COMPLETED",
    "INTEGRATION, NOT_EFFECTIVE, FAILED"
  })
  void aFinalResultMovesADispatchedActivity(
      ResultRoute route, ResultStatus status, ActivityStatus to) {
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN), dispatched())
        .when(record(route, submission(status, "SALE_COMPLETED")))
        .expectEvents(
            recorded(status, "SALE_COMPLETED", "Sale completed", "p-1", false),
            new ActivityResultAppliedEvent(
                TENANT, ACTIVITY, RESULT, ActivityStatus.DISPATCHED, to, false, T1));
  }

  @Test
  void anIdempotencyKeyIsClaimedByTheResultItRecords() {
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN), dispatched())
        .when(keyed("k-1", RESULT))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(RESULT);
    assertThat(claims.owner(ClaimScope.RESULT_IDEMPOTENCY_KEY, ClaimScope.perTenant(TENANT, "k-1")))
        .contains(RESULT);
  }

  @Test
  void theSameKeyAndRequestAgainRecordNothingAndAnswerTheSameResult() {
    claims.claim(ClaimScope.RESULT_IDEMPOTENCY_KEY, ClaimScope.perTenant(TENANT, "k-1"), RESULT);
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN), dispatched())
        .when(keyed("k-1", RESULT))
        .expectNoEvents()
        .expectResultMessagePayload(RESULT);
    assertThat(lastResults.latest(TENANT, COMMERCE, ActivityChannel.SALESMAN)).isEmpty();
  }

  @Test
  void aKeyUsedForAnotherRequestIsAConflict() {
    claims.claim(
        ClaimScope.RESULT_IDEMPOTENCY_KEY,
        ClaimScope.perTenant(TENANT, "k-1"),
        UUID.fromString("00000000-0000-4000-8000-0000000000aa"));
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN), dispatched())
        .when(keyed("k-1", RESULT))
        .expectException(hasCode(ErrorCode.IDEMPOTENCY_KEY_REUSED))
        .expectNoEvents();
  }

  @ParameterizedTest
  @EnumSource(ResultRoute.class)
  void aPendingResultChangesNoStatus(ResultRoute route) {
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN), dispatched())
        .when(record(route, submission(ResultStatus.PENDING, "NO_CONTACT")))
        .expectEvents(recorded(ResultStatus.PENDING, "NO_CONTACT", "No contact", "p-1", false));
  }

  @Test
  void aReadyTaskWorkedWithoutDispatchTakesAFinalResult() {
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.CALLCENTER))
        .when(record(ResultRoute.CORE, submission(ResultStatus.COMPLETED, "SALE_COMPLETED")))
        .expectEvents(
            recorded(ResultStatus.COMPLETED, "SALE_COMPLETED", "Sale completed", null, false),
            new ActivityResultAppliedEvent(
                TENANT,
                ACTIVITY,
                RESULT,
                ActivityStatus.READY,
                ActivityStatus.COMPLETED,
                false,
                T1));
  }

  @Test
  void aReadyMessageOrAnUnresolvedActivityTakesNoFinalResult() {
    fixture
        .given(created(ActivityType.MESSAGE, ActivityChannel.SMS))
        .when(record(ResultRoute.CORE, submission(ResultStatus.COMPLETED, "SALE_COMPLETED")))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage(
            "Activity is READY; a final result needs a DISPATCHED activity or a READY task")
        .expectNoEvents();

    fixture
        .given(
            new ActivityCreatedEvent(
                TENANT,
                ACTIVITY,
                details(ActivityType.TASK, ActivityChannel.SALESMAN),
                ActivityStatus.UNRESOLVED,
                T0))
        .when(record(ResultRoute.INTEGRATION, submission(ResultStatus.EFFECTIVE, "NO_CONTACT")))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectNoEvents();
  }

  @Test
  void eachRouteTakesOnlyItsOwnVocabulary() {
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
        .when(record(ResultRoute.CORE, submission(ResultStatus.EFFECTIVE, "SALE_COMPLETED")))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage(
            "status: must be one of [PENDING, COMPLETED, NOT_EXECUTED, CANCELED, TRANSFERRED] on"
                + " this route");
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
        .when(record(ResultRoute.INTEGRATION, submission(ResultStatus.COMPLETED, "SALE_COMPLETED")))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectNoEvents();
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"COMPLETED", "CANCELED", "FAILED"})
  void aTerminalActivityRefusesAFinalResultOnTheCoreRoute(ActivityStatus terminal) {
    fixture
        .given(terminal(terminal))
        .when(record(ResultRoute.CORE, submission(ResultStatus.NOT_EXECUTED, "NO_CONTACT")))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage(
            "Activity is " + terminal + "; a result may change it only with hard_override: true")
        .expectNoEvents();
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"COMPLETED", "CANCELED", "FAILED"})
  void hardOverrideMovesATerminalActivityToWhatTheResultImplies(ActivityStatus terminal) {
    var result =
        fixture
            .given(terminal(terminal))
            .when(record(ResultRoute.CORE, override(ResultStatus.TRANSFERRED, "SALE_COMPLETED")));
    var recorded =
        recorded(ResultStatus.TRANSFERRED, "SALE_COMPLETED", "Sale completed", null, true);
    if (terminal == ActivityStatus.COMPLETED) {
      result.expectEvents(recorded); // already where the result points
    } else {
      result.expectEvents(
          recorded,
          new ActivityResultAppliedEvent(
              TENANT, ACTIVITY, RESULT, terminal, ActivityStatus.COMPLETED, true, T1));
    }
  }

  @Test
  void aPendingResultOnATerminalActivityIsRecordedOnTheCoreRoute() {
    fixture
        .given(terminal(ActivityStatus.CANCELED))
        .when(record(ResultRoute.CORE, submission(ResultStatus.PENDING, "NO_CONTACT")))
        .expectEvents(recorded(ResultStatus.PENDING, "NO_CONTACT", "No contact", null, false));
  }

  @ParameterizedTest
  @EnumSource(
      value = ResultStatus.class,
      names = {"EFFECTIVE", "NOT_EFFECTIVE", "PENDING"})
  void anActivityWithAFinalResultRefusesAnyOtherOnTheIntegrationRoute(ResultStatus status) {
    fixture
        .given(withFinalResult())
        .when(record(ResultRoute.INTEGRATION, submission(status, "NO_CONTACT")))
        .expectException(hasCode(ErrorCode.RESULT_ALREADY_FINAL))
        .expectExceptionMessage(
            "The activity already has a final result; send hard_override: true to replace it")
        .expectNoEvents();
  }

  @Test
  void hardOverrideReplacesAFinalResultOnTheIntegrationRoute() {
    fixture
        .given(withFinalResult())
        .when(record(ResultRoute.INTEGRATION, override(ResultStatus.NOT_EFFECTIVE, "NO_CONTACT")))
        .expectEvents(
            recorded(ResultStatus.NOT_EFFECTIVE, "NO_CONTACT", "No contact", "p-1", true),
            new ActivityResultAppliedEvent(
                TENANT,
                ACTIVITY,
                RESULT,
                ActivityStatus.COMPLETED,
                ActivityStatus.FAILED,
                true,
                T1));
  }

  @Test
  void aCanceledActivityWithoutAFinalResultIsABadTransitionOnTheIntegrationRoute() {
    fixture
        .given(terminal(ActivityStatus.CANCELED))
        .when(record(ResultRoute.INTEGRATION, submission(ResultStatus.EFFECTIVE, "NO_CONTACT")))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION));
  }

  @Test
  void theCodeMustBeAnActiveCodeOfTheTenant() {
    for (String code : List.of("RETIRED", "UNKNOWN", "sale_completed")) {
      fixture
          .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
          .when(record(ResultRoute.CORE, submission(ResultStatus.COMPLETED, code)))
          .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
          .expectExceptionMessage(
              "task_result.result: '" + code + "' is not an active result type code")
          .expectNoEvents();
    }
  }

  @Test
  void aRescheduleNeedsAFutureDateAndAsksForTheFollowUp() {
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
        .when(record(ResultRoute.CORE, submission(ResultStatus.PENDING, "RESCHEDULE")))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage(
            "task_result.future_scheduled_at: required by result type RESCHEDULE");
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
        .when(record(ResultRoute.CORE, reschedule(T1.minusSeconds(1))))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("task_result.future_scheduled_at: must be in the future");

    String key = ACTIVITY + ":reschedule:" + RESULT;
    UUID followUpId = ActivityIds.of(TENANT, key);
    var original = details(ActivityType.TASK, ActivityChannel.SALESMAN);
    var followUp =
        new ActivityDetails(
            original.type(),
            original.channel(),
            original.reason(),
            COMMERCE,
            key,
            NEXT_WEEK,
            original.suggestedExecutionTime(),
            original.userStatus(),
            original.score(),
            original.assignmentReason(),
            ROUTE,
            OPERATOR);
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
        .when(record(ResultRoute.CORE, reschedule(NEXT_WEEK)))
        .expectEvents(
            new ActivityResultRecordedEvent(
                TENANT,
                ACTIVITY,
                result(
                    ResultStatus.PENDING,
                    report("RESCHEDULE", "Reschedule", NEXT_WEEK),
                    null,
                    false),
                T1),
            new ActivityFollowUpRequestedEvent(TENANT, ACTIVITY, RESULT, followUpId, followUp, T1));
  }

  @Test
  void theCommerceMustExistInTheTenantAndBeTheActivitys() {
    var unknown = submission(ResultStatus.COMPLETED, "SALE_COMPLETED", ACTIVITY, null, "C-404");
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
        .when(record(ResultRoute.CORE, unknown))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Commerce not found");

    var other = submission(ResultStatus.COMPLETED, "SALE_COMPLETED", ACTIVITY, null, "C-2");
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
        .when(record(ResultRoute.CORE, other))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("commerce_external_id: not the commerce of activity " + ACTIVITY);
  }

  @Test
  void anotherTenantsActivityIsNotFound() {
    fixture
        .given(
            new ActivityCreatedEvent(
                OTHER_TENANT,
                ACTIVITY,
                details(ActivityType.TASK, ActivityChannel.SALESMAN),
                ActivityStatus.READY,
                T0))
        .when(record(ResultRoute.CORE, submission(ResultStatus.COMPLETED, "SALE_COMPLETED")))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Activity not found")
        .expectNoEvents();
  }

  @Test
  void theProviderIdFindsTheActivityWhenNoActivityIdIsGiven() {
    providerIds.remember(TENANT, "p-7", ACTIVITY);
    var byProviderId = submission(ResultStatus.EFFECTIVE, "SALE_COMPLETED", null, "p-7", "C-1");

    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN), dispatched())
        .when(record(ResultRoute.INTEGRATION, byProviderId))
        .expectEvents(
            new ActivityResultRecordedEvent(
                TENANT,
                ACTIVITY,
                withProviderId(
                    result(
                        ResultStatus.EFFECTIVE,
                        report("SALE_COMPLETED", "Sale completed", null),
                        null,
                        false),
                    "p-7"),
                T1),
            new ActivityResultAppliedEvent(
                TENANT,
                ACTIVITY,
                RESULT,
                ActivityStatus.DISPATCHED,
                ActivityStatus.COMPLETED,
                false,
                T1));
    assertThat(lastResults.latest(TENANT, COMMERCE, ActivityChannel.SALESMAN))
        .contains(
            new LastResult(
                ACTIVITY,
                RESULT,
                "SALE_COMPLETED",
                ResultStatus.EFFECTIVE,
                OCCURRED,
                ActivityChannel.SALESMAN));
  }

  @Test
  void aProviderIdThatMatchesNothingIsAStandaloneResultOfTheCommerce() {
    var unmatched = submission(ResultStatus.NOT_EFFECTIVE, "NO_CONTACT", null, "p-x", "C-1");

    fixture
        .givenNoPriorActivity()
        .when(record(ResultRoute.INTEGRATION, unmatched))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(RESULT)
        .expectNoEvents();

    List<Object> stored =
        others.readEvents(RESULT.toString()).asStream().map(e -> (Object) e.getPayload()).toList();
    var standalone =
        new ActivityResult(
            RESULT,
            null,
            "p-x",
            COMMERCE,
            "C-1",
            OCCURRED,
            ResultStatus.NOT_EFFECTIVE,
            "closed",
            ResultSource.STANDALONE,
            report("NO_CONTACT", "No contact", null),
            Map.of("raw", true),
            false);
    assertThat(stored)
        .containsExactly(new StandaloneResultRecordedEvent(TENANT, RESULT, standalone, T1));
    assertThat(lastResults.latest(TENANT, COMMERCE, null))
        .contains(
            new LastResult(null, RESULT, "NO_CONTACT", ResultStatus.NOT_EFFECTIVE, OCCURRED, null));
  }

  @Test
  void anActivityOrAProviderIdIsNeeded() {
    fixture
        .givenNoPriorActivity()
        .when(
            record(
                ResultRoute.CORE,
                submission(ResultStatus.COMPLETED, "SALE_COMPLETED", null, null, "C-1")))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("activity_id: give activity_id or provider_activity_id");
  }

  @Test
  void aResultCannotHaveOccurredInTheFuture() {
    var early =
        new ResultSubmission(
            ACTIVITY,
            null,
            "C-1",
            T1.plusSeconds(3_600),
            ResultStatus.COMPLETED,
            null,
            false,
            null,
            report("SALE_COMPLETED", null, null));
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
        .when(record(ResultRoute.CORE, early))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("occurred_at: must not be in the future");
  }

  @Test
  void aRefusedFollowUpIsNotedOnTheActivity() {
    UUID followUp = UUID.randomUUID();
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
        .when(
            new RecordFollowUpFailureCommand(
                TENANT, ACTIVITY, RESULT, followUp, "INVALID_STATE_TRANSITION", "inactive", T1))
        .expectEvents(
            new ActivityFollowUpFailedEvent(
                TENANT, ACTIVITY, RESULT, followUp, "INVALID_STATE_TRANSITION", "inactive", T1));
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN))
        .when(
            new RecordFollowUpFailureCommand(
                OTHER_TENANT, ACTIVITY, RESULT, followUp, "X", "y", T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  // --- givens

  private static Object[] terminal(ActivityStatus status) {
    return new Object[] {
      new ActivityCreatedEvent(
          TENANT, ACTIVITY, details(ActivityType.TASK, ActivityChannel.SALESMAN), status, T0)
    };
  }

  private static Object[] withFinalResult() {
    var earlier =
        new ActivityResult(
            UUID.randomUUID(),
            ACTIVITY,
            "p-1",
            COMMERCE,
            "C-1",
            T0,
            ResultStatus.EFFECTIVE,
            null,
            ResultSource.RETEN_ACTIVITY,
            report("SALE_COMPLETED", "Sale completed", null),
            null,
            false);
    return new Object[] {
      created(ActivityType.TASK, ActivityChannel.SALESMAN),
      dispatched(),
      new ActivityResultRecordedEvent(TENANT, ACTIVITY, earlier, T0),
      new ActivityResultAppliedEvent(
          TENANT,
          ACTIVITY,
          earlier.id(),
          ActivityStatus.DISPATCHED,
          ActivityStatus.COMPLETED,
          false,
          T0)
    };
  }

  private static ActivityCreatedEvent created(ActivityType type, ActivityChannel channel) {
    return new ActivityCreatedEvent(
        TENANT, ACTIVITY, details(type, channel), ActivityStatus.READY, T0);
  }

  private static ActivityDispatchedEvent dispatched() {
    return new ActivityDispatchedEvent(TENANT, ACTIVITY, UUID.randomUUID(), "p-1", 1, T0);
  }

  private static ActivityDetails details(ActivityType type, ActivityChannel channel) {
    boolean task = type == ActivityType.TASK;
    return new ActivityDetails(
        type,
        channel,
        "Visit",
        COMMERCE,
        "key-1",
        T0,
        "mornings",
        "ACTIVE",
        3,
        "low stock",
        task ? ROUTE : null,
        task ? OPERATOR : null);
  }

  // --- submissions

  private static RecordTaskResultCommand record(ResultRoute route, ResultSubmission submission) {
    return new RecordTaskResultCommand(TENANT, RESULT, route, submission, T1, null);
  }

  private static RecordTaskResultCommand keyed(String idempotencyKey, UUID resultId) {
    return new RecordTaskResultCommand(
        TENANT,
        resultId,
        ResultRoute.CORE,
        submission(ResultStatus.COMPLETED, "SALE_COMPLETED"),
        T1,
        idempotencyKey);
  }

  private static ResultSubmission submission(ResultStatus status, String code) {
    return submission(status, code, ACTIVITY, null, "C-1");
  }

  private static ResultSubmission submission(
      ResultStatus status, String code, UUID activityId, String providerId, String commerce) {
    return new ResultSubmission(
        activityId,
        providerId,
        commerce,
        OCCURRED,
        status,
        "closed",
        false,
        Map.of("raw", true),
        report(code, null, null));
  }

  private static ResultSubmission override(ResultStatus status, String code) {
    var s = submission(status, code);
    return new ResultSubmission(
        s.activityId(),
        s.providerActivityId(),
        s.commerceExternalId(),
        s.occurredAt(),
        s.status(),
        s.externalStatus(),
        true,
        s.rawPayload(),
        s.taskResult());
  }

  private static ResultSubmission reschedule(Instant at) {
    return new ResultSubmission(
        ACTIVITY,
        null,
        "C-1",
        OCCURRED,
        ResultStatus.PENDING,
        "closed",
        false,
        Map.of("raw", true),
        report("RESCHEDULE", null, at));
  }

  private static TaskResult report(String code, String label, Instant future) {
    return new TaskResult(
        code, label, "called twice", ContactDirection.OUTBOUND, "OP-1", future, Map.of("n", 1));
  }

  // --- expected events

  private static ActivityResultRecordedEvent recorded(
      ResultStatus status, String code, String label, String providerId, boolean override) {
    return new ActivityResultRecordedEvent(
        TENANT,
        ACTIVITY,
        withProviderId(result(status, report(code, label, null), null, override), providerId),
        T1);
  }

  private static ActivityResult result(
      ResultStatus status, TaskResult report, String providerId, boolean override) {
    return new ActivityResult(
        RESULT,
        ACTIVITY,
        providerId,
        COMMERCE,
        "C-1",
        OCCURRED,
        status,
        "closed",
        ResultSource.RETEN_ACTIVITY,
        report,
        Map.of("raw", true),
        override);
  }

  private static ActivityResult withProviderId(ActivityResult r, String providerId) {
    return new ActivityResult(
        r.id(),
        r.activityId(),
        providerId,
        r.commerceId(),
        r.commerceExternalId(),
        r.occurredAt(),
        r.status(),
        r.externalStatus(),
        r.source(),
        r.taskResult(),
        r.rawPayload(),
        r.hardOverride());
  }

  // --- wiring

  private <T> Repository<T> repository(Class<T> type) {
    return EventSourcingRepository.builder(type).eventStore(others).build();
  }

  private static TaskResultTypeCatalogs catalogs(
      Repository<TaskResultTypeCatalog> repository, InMemoryTaskResultTypeLookup lookup) {
    return new TaskResultTypeCatalogs(repository, lookup);
  }
}
