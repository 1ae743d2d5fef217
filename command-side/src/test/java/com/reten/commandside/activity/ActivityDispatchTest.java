package com.reten.commandside.activity;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchAttemptFailedEvent;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchRequestedEvent;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.CancelActivityCommand;
import com.reten.api.activity.CompleteActivityDispatchCommand;
import com.reten.api.activity.FailActivityDispatchCommand;
import com.reten.api.activity.RequestActivityDispatchCommand;
import com.reten.api.error.ErrorCode;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dispatch outcomes on an activity: attempts counted, the third failure final, stale ones ignored.
 */
class ActivityDispatchTest {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
  static final UUID ACTIVITY = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  static final UUID CONFIG = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);

  private AggregateTestFixture<Activity> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Activity.class);
  }

  @Test
  void anAcceptedAttemptDispatchesWithTheProvidersId() {
    fixture
        .given(task())
        .when(new CompleteActivityDispatchCommand(TENANT, ACTIVITY, CONFIG, "yom-7", T1))
        .expectEvents(new ActivityDispatchedEvent(TENANT, ACTIVITY, CONFIG, "yom-7", 1, T1))
        .expectResultMessagePayload(DispatchResult.DISPATCHED);
  }

  @Test
  void aFailedAttemptWithAttemptsLeftKeepsItReady() {
    fixture
        .given(task(), attemptFailed(1))
        .when(fail(true))
        .expectEvents(
            new ActivityDispatchAttemptFailedEvent(
                TENANT, ACTIVITY, CONFIG, 2, "PROVIDER_TIMEOUT", "slow", T1))
        .expectResultMessagePayload(DispatchResult.RETRY);
  }

  @Test
  void theThirdFailedAttemptFailsTheActivity() {
    fixture
        .given(task(), attemptFailed(1), attemptFailed(2))
        .when(fail(true))
        .expectEvents(
            new ActivityDispatchFailedEvent(
                TENANT, ACTIVITY, CONFIG, 3, "PROVIDER_TIMEOUT", "slow", T1))
        .expectResultMessagePayload(DispatchResult.FAILED);
  }

  @Test
  void aSuccessAfterFailuresCountsEveryAttempt() {
    fixture
        .given(task(), attemptFailed(1), attemptFailed(2))
        .when(new CompleteActivityDispatchCommand(TENANT, ACTIVITY, CONFIG, null, T1))
        .expectEvents(new ActivityDispatchedEvent(TENANT, ACTIVITY, CONFIG, null, 3, T1));
  }

  @Test
  void nothingToSendWithFailsAtOnceWithoutCountingAnAttempt() {
    fixture
        .given(task(), attemptFailed(1))
        .when(
            new FailActivityDispatchCommand(
                TENANT,
                ACTIVITY,
                null,
                "NO_ACTIVE_DISPATCH_CONFIG",
                "No active dispatch config for channel SALESMAN",
                false,
                T1))
        .expectEvents(
            new ActivityDispatchFailedEvent(
                TENANT,
                ACTIVITY,
                null,
                1,
                "NO_ACTIVE_DISPATCH_CONFIG",
                "No active dispatch config for channel SALESMAN",
                T1));
  }

  @Test
  void anOutcomeForAnActivityNoLongerReadyIsIgnored() {
    var canceled = new ActivityCanceledEvent(TENANT, ACTIVITY, ActivityStatus.READY, null, T0);
    fixture
        .given(task(), canceled)
        .when(new CompleteActivityDispatchCommand(TENANT, ACTIVITY, CONFIG, "late", T1))
        .expectNoEvents()
        .expectResultMessagePayload(DispatchResult.IGNORED);
    fixture
        .given(task(), new ActivityDispatchedEvent(TENANT, ACTIVITY, CONFIG, "p", 1, T0))
        .when(fail(true))
        .expectNoEvents()
        .expectResultMessagePayload(DispatchResult.IGNORED);
  }

  @Test
  void aFailedActivityIsTerminal() {
    fixture
        .given(
            task(),
            new ActivityDispatchFailedEvent(TENANT, ACTIVITY, null, 0, "NO_ACTIVE", "none", T0))
        .when(new CancelActivityCommand(TENANT, ACTIVITY, null, null, T1))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION));
  }

  @Test
  void aReadyTaskIsDispatchedByHandAnsweringTheAttemptsSoFar() {
    fixture
        .given(task(), attemptFailed(1))
        .when(new RequestActivityDispatchCommand(TENANT, ACTIVITY, T1))
        .expectEvents(new ActivityDispatchRequestedEvent(TENANT, ACTIVITY, 1, T1))
        .expectResultMessagePayload(1);
  }

  @Test
  void onlyAReadyTaskIsDispatchedByHand() {
    fixture
        .given(created(ActivityType.TASK, ActivityChannel.SALESMAN, ActivityStatus.UNRESOLVED))
        .when(new RequestActivityDispatchCommand(TENANT, ACTIVITY, T1))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage("Activity is UNRESOLVED; only a READY task can be dispatched");
    fixture
        .given(created(ActivityType.MESSAGE, ActivityChannel.SMS, ActivityStatus.READY))
        .when(new RequestActivityDispatchCommand(TENANT, ACTIVITY, T1))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectNoEvents();
  }

  @Test
  void anotherTenantsActivityIsNotFound() {
    fixture
        .given(task())
        .when(new RequestActivityDispatchCommand(OTHER_TENANT, ACTIVITY, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
    fixture
        .given(task())
        .when(new CompleteActivityDispatchCommand(OTHER_TENANT, ACTIVITY, CONFIG, "x", T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectNoEvents();
  }

  private static FailActivityDispatchCommand fail(boolean attempted) {
    return new FailActivityDispatchCommand(
        TENANT, ACTIVITY, CONFIG, "PROVIDER_TIMEOUT", "slow", attempted, T1);
  }

  private static ActivityDispatchAttemptFailedEvent attemptFailed(int attempt) {
    return new ActivityDispatchAttemptFailedEvent(
        TENANT, ACTIVITY, CONFIG, attempt, "PROVIDER_HTTP_ERROR", "Provider answered HTTP 500", T0);
  }

  private static ActivityCreatedEvent task() {
    return created(ActivityType.TASK, ActivityChannel.SALESMAN, ActivityStatus.READY);
  }

  private static ActivityCreatedEvent created(
      ActivityType type, ActivityChannel channel, ActivityStatus status) {
    var details =
        new ActivityDetails(
            type,
            channel,
            "Visit",
            UUID.randomUUID(),
            "k-1",
            T0,
            null,
            null,
            null,
            null,
            null,
            null);
    return new ActivityCreatedEvent(TENANT, ACTIVITY, details, status, T0);
  }
}
