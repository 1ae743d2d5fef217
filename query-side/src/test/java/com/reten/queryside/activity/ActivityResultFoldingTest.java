package com.reten.queryside.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import com.reten.api.result.ActivityFollowUpRequestedEvent;
import com.reten.api.result.ActivityResult;
import com.reten.api.result.ActivityResultAppliedEvent;
import com.reten.api.result.ActivityResultRecordedEvent;
import com.reten.api.result.ActivityResultView;
import com.reten.api.result.ResultSource;
import com.reten.api.result.ResultStatus;
import com.reten.api.result.TaskResult;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An activity's past states include its results, as the read model shows them then. */
class ActivityResultFoldingTest {

  private static final UUID TENANT = UUID.randomUUID();
  private static final UUID ACTIVITY = UUID.randomUUID();
  private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");
  private static final Instant RECORDED = Instant.parse("2026-11-02T09:00:00Z");
  private static final ActivityDetails DETAILS =
      new ActivityDetails(
          ActivityType.TASK,
          ActivityChannel.SALESMAN,
          "Visit",
          UUID.randomUUID(),
          "k-1",
          CREATED,
          null,
          null,
          null,
          null,
          null,
          null);

  @Test
  void aResultAndTheStatusItImpliesFoldIntoTheState() {
    var result =
        new ActivityResult(
            UUID.randomUUID(),
            ACTIVITY,
            null,
            DETAILS.commerceId(),
            "C-1",
            RECORDED.minusSeconds(60),
            ResultStatus.COMPLETED,
            null,
            ResultSource.RETEN_ACTIVITY,
            new TaskResult("SALE_COMPLETED", "Sale completed", null, null, null, null, null),
            null,
            false);
    var folder = new ActivityStateFolder();
    folder.apply(
        new ActivityCreatedEvent(TENANT, ACTIVITY, DETAILS, ActivityStatus.READY, CREATED), 0);
    folder.apply(new ActivityResultRecordedEvent(TENANT, ACTIVITY, result, RECORDED), 1);

    var recorded = folder.view("Store", "C-1").orElseThrow();
    assertThat(recorded.status()).isEqualTo(ActivityStatus.READY);
    assertThat(recorded.result()).isEqualTo(ActivityResultView.of(result, RECORDED));
    assertThat(recorded.updatedAt()).isEqualTo(RECORDED);

    folder.apply(
        new ActivityResultAppliedEvent(
            TENANT,
            ACTIVITY,
            result.id(),
            ActivityStatus.READY,
            ActivityStatus.COMPLETED,
            false,
            RECORDED),
        2);
    folder.apply(
        new ActivityFollowUpRequestedEvent(
            TENANT, ACTIVITY, result.id(), UUID.randomUUID(), DETAILS, RECORDED.plusSeconds(1)),
        3);

    var applied = folder.view("Store", "C-1").orElseThrow();
    assertThat(applied.status()).isEqualTo(ActivityStatus.COMPLETED);
    assertThat(applied.version()).isEqualTo(3);
    assertThat(applied.updatedAt()).isEqualTo(RECORDED);
    assertThat(applied.result().id()).isEqualTo(result.id());
  }
}
