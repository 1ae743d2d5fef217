package com.reten.queryside.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityType;
import java.time.Instant;
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

  private static ActivityCreatedEvent created() {
    return new ActivityCreatedEvent(TENANT, ACTIVITY, DETAILS, ActivityStatus.READY, CREATED);
  }
}
