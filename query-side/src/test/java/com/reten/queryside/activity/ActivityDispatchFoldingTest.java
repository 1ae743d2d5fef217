package com.reten.queryside.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchAttemptFailedEvent;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchSummary;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An activity's past state (as_of / version) follows its dispatch events. */
class ActivityDispatchFoldingTest {

  private static final UUID TENANT = UUID.randomUUID();
  private static final UUID ACTIVITY = UUID.randomUUID();
  private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

  @Test
  void attemptsAndTheProvidersIdFoldIn() {
    var folder = folder();
    folder.apply(attemptFailed(1), 1);
    var afterFailure = folder.view(null, null).orElseThrow();
    assertThat(afterFailure.status()).isEqualTo(ActivityStatus.READY);
    assertThat(afterFailure.dispatch()).isEqualTo(new ActivityDispatchSummary(null, 1));
    assertThat(afterFailure.updatedAt()).isEqualTo(T0.plusSeconds(1));

    folder.apply(
        new ActivityDispatchedEvent(TENANT, ACTIVITY, null, "p-1", 2, T0.plusSeconds(5)), 2);
    var dispatched = folder.view(null, null).orElseThrow();
    assertThat(dispatched.status()).isEqualTo(ActivityStatus.DISPATCHED);
    assertThat(dispatched.dispatch()).isEqualTo(new ActivityDispatchSummary("p-1", 2));
    assertThat(dispatched.version()).isEqualTo(2);
  }

  @Test
  void givingUpFailsTheActivity() {
    var folder = folder();
    folder.apply(
        new ActivityDispatchFailedEvent(
            TENANT, ACTIVITY, null, 0, "NO_ACTIVE_DISPATCH_CONFIG", "none", T0.plusSeconds(3)),
        1);
    var failed = folder.view(null, null).orElseThrow();
    assertThat(failed.status()).isEqualTo(ActivityStatus.FAILED);
    assertThat(failed.updatedAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(failed.dispatch().attemptCount()).isZero();
  }

  private static ActivityDispatchAttemptFailedEvent attemptFailed(int attempt) {
    return new ActivityDispatchAttemptFailedEvent(
        TENANT, ACTIVITY, null, attempt, "PROVIDER_TIMEOUT", "slow", T0.plusSeconds(attempt));
  }

  private static ActivityStateFolder folder() {
    var details =
        new ActivityDetails(
            ActivityType.TASK,
            ActivityChannel.SALESMAN,
            "Visit",
            UUID.randomUUID(),
            "k",
            T0,
            null,
            null,
            null,
            null,
            null,
            null);
    var folder = new ActivityStateFolder();
    folder.apply(new ActivityCreatedEvent(TENANT, ACTIVITY, details, ActivityStatus.READY, T0), 0);
    return folder;
  }
}
