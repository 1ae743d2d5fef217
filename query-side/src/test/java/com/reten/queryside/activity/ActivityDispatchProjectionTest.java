package com.reten.queryside.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchAttemptFailedEvent;
import com.reten.api.activity.ActivityDispatchFailedEvent;
import com.reten.api.activity.ActivityDispatchRequestedEvent;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityStatusEventView;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.ActivityView;
import com.reten.api.activity.FindActivityQuery;
import com.reten.api.activity.ListActivityStatusEventsQuery;
import com.reten.queryside.testsupport.ReadModelTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import({
  ActivityProjection.class,
  ActivityDispatchProjection.class,
  ActivityTable.class,
  CommandWrites.class
})
class ActivityDispatchProjectionTest extends ReadModelTest {

  @Autowired ActivityProjection activities;
  @Autowired ActivityDispatchProjection dispatch;

  private final UUID tenant = UUID.randomUUID();
  private final UUID id = UUID.randomUUID();
  private final UUID config = UUID.randomUUID();

  @Test
  void failedAttemptsAreCountedWithTheirErrorsThenTheActivityFails() {
    created();
    dispatch.on(
        new ActivityDispatchAttemptFailedEvent(
            tenant,
            id,
            config,
            1,
            "PROVIDER_HTTP_ERROR",
            "Provider answered HTTP 500",
            T0.plusSeconds(1)),
        1);
    ActivityView ready = view();
    assertThat(ready.status()).isEqualTo(ActivityStatus.READY);
    assertThat(ready.dispatch().attemptCount()).isEqualTo(1);
    assertThat(ready.version()).isEqualTo(1);

    dispatch.on(
        new ActivityDispatchFailedEvent(
            tenant,
            id,
            config,
            3,
            "PROVIDER_TIMEOUT",
            "Provider did not answer",
            T0.plusSeconds(9)),
        2);

    ActivityView failed = view();
    assertThat(failed.status()).isEqualTo(ActivityStatus.FAILED);
    assertThat(failed.dispatch().attemptCount()).isEqualTo(3);
    assertThat(failed.dispatch().providerActivityId()).isNull();
    assertThat(failed.updatedAt()).isEqualTo(T0.plusSeconds(9));
    assertThat(activities.handle(new ListActivityStatusEventsQuery(tenant, id)))
        .extracting(
            ActivityStatusEventView::eventType,
            ActivityStatusEventView::fromStatus,
            ActivityStatusEventView::toStatus,
            ActivityStatusEventView::errorCode,
            ActivityStatusEventView::errorMessage)
        .containsExactly(
            tuple("CREATED", null, ActivityStatus.READY, null, null),
            tuple(
                "DISPATCH_ATTEMPT_FAILED",
                ActivityStatus.READY,
                ActivityStatus.READY,
                "PROVIDER_HTTP_ERROR",
                "Provider answered HTTP 500"),
            tuple(
                "DISPATCH_FAILED",
                ActivityStatus.READY,
                ActivityStatus.FAILED,
                "PROVIDER_TIMEOUT",
                "Provider did not answer"));
  }

  @Test
  void aDispatchKeepsTheProvidersIdAndTheAttemptCount() {
    created();
    dispatch.on(new ActivityDispatchRequestedEvent(tenant, id, 0, T0.plusSeconds(1)), 1);
    assertThat(view().version()).isEqualTo(1);
    assertThat(view().status()).isEqualTo(ActivityStatus.READY);

    activities.on(
        new ActivityDispatchedEvent(tenant, id, config, "yom-42", 1, T0.plusSeconds(2)), 2);

    ActivityView dispatched = view();
    assertThat(dispatched.status()).isEqualTo(ActivityStatus.DISPATCHED);
    assertThat(dispatched.dispatch().providerActivityId()).isEqualTo("yom-42");
    assertThat(dispatched.dispatch().attemptCount()).isEqualTo(1);
    assertThat(dispatched.version()).isEqualTo(2);
  }

  private ActivityView view() {
    flush();
    return activities.handle(new FindActivityQuery(tenant, id)).orElseThrow();
  }

  private void created() {
    var details =
        new ActivityDetails(
            ActivityType.TASK,
            ActivityChannel.SALESMAN,
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
    activities.on(new ActivityCreatedEvent(tenant, id, details, ActivityStatus.READY, T0), 0);
  }
}
