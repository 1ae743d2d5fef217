package com.reten.queryside.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityResolutionFailedEvent;
import com.reten.api.activity.ActivityResolutionRetryFailedEvent;
import com.reten.api.activity.ActivityResolvedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityTargetUsersResolvedEvent;
import com.reten.api.activity.ActivityTargetUsersSetEvent;
import com.reten.api.activity.ActivityType;
import com.reten.api.activityconfig.TargetResolutionRule;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityStateFolderTest {

  private static final UUID TENANT = UUID.randomUUID();
  private static final UUID ACTIVITY = UUID.randomUUID();
  private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");
  private static final Instant CANCELED = Instant.parse("2026-11-02T09:00:00Z");
  private static final ActivityDetails DETAILS =
      new ActivityDetails(
          ActivityType.MESSAGE,
          ActivityChannel.SMS,
          "Low stock",
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
  void nothingAppliedIsNothing() {
    assertThat(new ActivityStateFolder().view("Store", "S-1")).isEmpty();
  }

  @Test
  void creationGivesTheStartingState() {
    var folder = new ActivityStateFolder();
    folder.apply(created(), 0);

    var view = folder.view("Store", "S-1").orElseThrow();
    assertThat(view.status()).isEqualTo(ActivityStatus.READY);
    assertThat(view.version()).isZero();
    assertThat(view.updatedAt()).isEqualTo(CREATED);
    assertThat(view.details()).isEqualTo(DETAILS);
    assertThat(view.commerceName()).isEqualTo("Store");
  }

  @Test
  void cancelingMovesStatusVersionAndUpdatedAt() {
    var folder = new ActivityStateFolder();
    folder.apply(created(), 0);
    folder.apply(
        new ActivityCanceledEvent(TENANT, ACTIVITY, ActivityStatus.READY, "dup", CANCELED), 1);

    var view = folder.view(null, null).orElseThrow();
    assertThat(view.status()).isEqualTo(ActivityStatus.CANCELED);
    assertThat(view.version()).isEqualTo(1);
    assertThat(view.updatedAt()).isEqualTo(CANCELED);
    assertThat(view.createdAt()).isEqualTo(CREATED);
  }

  @Test
  void resolutionEventsMoveStatusVersionAndUpdatedAtAsTheReadModelDoes() {
    var folder = new ActivityStateFolder();
    folder.apply(
        new ActivityCreatedEvent(TENANT, ACTIVITY, DETAILS, ActivityStatus.UNRESOLVED, CREATED), 0);
    folder.apply(
        new ActivityTargetUsersSetEvent(
            TENANT, ACTIVITY, TargetResolutionRule.DEFAULT, List.of(), CREATED),
        1);
    folder.apply(new ActivityResolutionFailedEvent(TENANT, ACTIVITY, null, "X", "why", CREATED), 2);
    assertThat(folder.view(null, null).orElseThrow().status()).isEqualTo(ActivityStatus.UNRESOLVED);

    Instant retried = CREATED.plusSeconds(60);
    folder.apply(new ActivityResolutionRetryFailedEvent(TENANT, ACTIVITY, "X", "why", retried), 3);
    var failedRetry = folder.view(null, null).orElseThrow();
    assertThat(failedRetry.status()).isEqualTo(ActivityStatus.UNRESOLVED);
    assertThat(failedRetry.updatedAt()).isEqualTo(retried);
    assertThat(failedRetry.version()).isEqualTo(3);

    Instant fixed = CREATED.plusSeconds(120);
    folder.apply(new ActivityTargetUsersResolvedEvent(TENANT, ACTIVITY, List.of(), fixed), 4);
    folder.apply(new ActivityResolvedEvent(TENANT, ACTIVITY, fixed), 5);
    var ready = folder.view(null, null).orElseThrow();
    assertThat(ready.status()).isEqualTo(ActivityStatus.READY);
    assertThat(ready.updatedAt()).isEqualTo(fixed);
    assertThat(ready.version()).isEqualTo(5);
  }

  private static ActivityCreatedEvent created() {
    return new ActivityCreatedEvent(TENANT, ACTIVITY, DETAILS, ActivityStatus.READY, CREATED);
  }
}
