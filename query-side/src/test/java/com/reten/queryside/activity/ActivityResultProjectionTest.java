package com.reten.queryside.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityStatusEventView;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.ActivityView;
import com.reten.api.activity.FindActivityQuery;
import com.reten.api.activity.ListActivitiesQuery;
import com.reten.api.activity.ListActivityStatusEventsQuery;
import com.reten.api.integration.IntegrationTaskView;
import com.reten.api.integration.ListIntegrationTasksQuery;
import com.reten.api.result.ActivityFollowUpRequestedEvent;
import com.reten.api.result.ActivityResult;
import com.reten.api.result.ActivityResultAppliedEvent;
import com.reten.api.result.ActivityResultRecordedEvent;
import com.reten.api.result.ActivityResultView;
import com.reten.api.result.ContactDirection;
import com.reten.api.result.FindActivityResultQuery;
import com.reten.api.result.ListActivityResultsQuery;
import com.reten.api.result.ListResultsOfActivityQuery;
import com.reten.api.result.ResultSource;
import com.reten.api.result.ResultStatus;
import com.reten.api.result.StandaloneResultRecordedEvent;
import com.reten.api.result.TaskResult;
import com.reten.queryside.testsupport.ReadModelTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@Import({
  ActivityProjection.class,
  ActivityResultProjection.class,
  IntegrationTaskQueries.class,
  ActivityTable.class,
  CommandWrites.class
})
class ActivityResultProjectionTest extends ReadModelTest {

  private static final ListIntegrationTasksQuery.Filters ALL_TASKS =
      new ListIntegrationTasksQuery.Filters(null, null, null, null, null, null, null);

  @Autowired ActivityProjection activities;
  @Autowired ActivityResultProjection projection;
  @Autowired IntegrationTaskQueries tasks;
  @Autowired JdbcTemplate jdbc;

  private final UUID tenant = UUID.randomUUID();
  private final UUID commerce = UUID.randomUUID();
  private final UUID operator = UUID.randomUUID();

  @BeforeEach
  void aCommerce() {
    jdbc.update(
        "INSERT INTO rm_commerce (id, tenant_id, name, external_id, is_active, is_placeholder,"
            + " metadata, created_at, updated_at, version) VALUES (?, ?, 'Almacén Rosa', 'C-1',"
            + " true, false, '{}', now(), now(), 0)",
        commerce,
        tenant);
  }

  @Test
  void aRecordedResultIsListedAndBecomesTheActivitysResult() {
    UUID activity = task("t-1", 1, ActivityChannel.SALESMAN);
    UUID resultId = record(activity, 1, ResultStatus.COMPLETED, "SALE_COMPLETED", 10);

    ActivityResultView view =
        projection.handle(new FindActivityResultQuery(tenant, resultId)).orElseThrow();
    assertThat(view.activityId()).isEqualTo(activity);
    assertThat(view.source()).isEqualTo(ResultSource.RETEN_ACTIVITY);
    assertThat(view.taskResult())
        .isEqualTo(
            new TaskResult(
                "SALE_COMPLETED",
                "Label SALE_COMPLETED",
                "ok",
                ContactDirection.INBOUND,
                "OP-1",
                null,
                Map.of("basket", List.of(1, 2))));
    assertThat(view.rawPayload()).isEqualTo(Map.of("source", "app"));
    assertThat(view.createdAt()).isEqualTo(at(10));
    assertThat(projection.handle(new FindActivityResultQuery(UUID.randomUUID(), resultId)))
        .isEmpty();

    flush();
    ActivityView activityView =
        activities.handle(new FindActivityQuery(tenant, activity)).orElseThrow();
    assertThat(activityView.result()).isEqualTo(view);
    assertThat(activityView.version()).isEqualTo(1);
    assertThat(activityView.updatedAt()).isEqualTo(at(10));
    assertThat(activityView.status()).isEqualTo(ActivityStatus.READY);
  }

  @Test
  void anAppliedResultMovesTheStatusWithAResultRecordedStatusEvent() {
    UUID activity = task("t-1", 1, ActivityChannel.SALESMAN);
    UUID resultId = record(activity, 1, ResultStatus.NOT_EXECUTED, "NO_CONTACT", 10);
    projection.on(
        new ActivityResultAppliedEvent(
            tenant, activity, resultId, ActivityStatus.READY, ActivityStatus.FAILED, false, at(10)),
        2);
    projection.on(
        new ActivityFollowUpRequestedEvent(
            tenant, activity, resultId, UUID.randomUUID(), details("f", 2, null), at(10)),
        3);

    flush();
    ActivityView view = activities.handle(new FindActivityQuery(tenant, activity)).orElseThrow();
    assertThat(view.status()).isEqualTo(ActivityStatus.FAILED);
    assertThat(view.version()).isEqualTo(3);
    assertThat(activities.handle(new ListActivityStatusEventsQuery(tenant, activity)))
        .extracting(
            ActivityStatusEventView::eventType,
            ActivityStatusEventView::fromStatus,
            ActivityStatusEventView::toStatus)
        .containsExactly(
            tuple("CREATED", null, ActivityStatus.READY),
            tuple("RESULT_RECORDED", ActivityStatus.READY, ActivityStatus.FAILED));
  }

  @Test
  void theLatestRecordedResultIsTheActivitysAndListsAreNewestFirst() {
    UUID activity = task("t-1", 1, ActivityChannel.SALESMAN);
    UUID first = record(activity, 1, ResultStatus.PENDING, "NO_CONTACT", 10);
    UUID second = record(activity, 2, ResultStatus.COMPLETED, "SALE_COMPLETED", 20);

    assertThat(projection.handle(new ListResultsOfActivityQuery(tenant, activity)))
        .extracting(ActivityResultView::id)
        .containsExactly(second, first);
    assertThat(projection.handle(new ListResultsOfActivityQuery(UUID.randomUUID(), activity)))
        .isEmpty();
    var listed =
        activities.handle(
            new ListActivitiesQuery(
                tenant,
                new ListActivitiesQuery.Filters(
                    null, null, null, null, null, null, null, null, null),
                1,
                10));
    assertThat(listed.items()).extracting(v -> v.result().id()).containsExactly(second);
  }

  @Test
  void aStandaloneResultBelongsToNoActivity() {
    UUID resultId = UUID.randomUUID();
    projection.on(
        new StandaloneResultRecordedEvent(
            tenant,
            resultId,
            result(resultId, null, ResultSource.STANDALONE, ResultStatus.EFFECTIVE, "X", 5),
            at(5)));

    var view = projection.handle(new FindActivityResultQuery(tenant, resultId)).orElseThrow();
    assertThat(view.activityId()).isNull();
    assertThat(view.source()).isEqualTo(ResultSource.STANDALONE);
    assertThat(view.providerActivityId()).isEqualTo("p-" + resultId);
  }

  @Test
  void theResultListFiltersAndPaginates() {
    UUID a = task("t-1", 1, ActivityChannel.SALESMAN);
    UUID b = task("t-2", 2, ActivityChannel.CALLCENTER);
    UUID r1 = record(a, 1, ResultStatus.PENDING, "NO_CONTACT", 10);
    UUID r2 = record(b, 1, ResultStatus.COMPLETED, "SALE_COMPLETED", 20);
    UUID r3 = record(a, 2, ResultStatus.EFFECTIVE, "SALE_COMPLETED", 30);
    UUID stranger = UUID.randomUUID();
    projection.on(
        new StandaloneResultRecordedEvent(
            stranger,
            UUID.randomUUID(),
            result(UUID.randomUUID(), null, ResultSource.STANDALONE, ResultStatus.PENDING, "X", 1),
            at(1)));

    assertThat(results(filters(null, null, null, null, null), 1, 10)).containsExactly(r3, r2, r1);
    var second =
        projection.handle(
            new ListActivityResultsQuery(tenant, filters(null, null, null, null, null), 2, 2));
    assertThat(second.total()).isEqualTo(3);
    assertThat(second.items()).extracting(ActivityResultView::id).containsExactly(r1);
    assertThat(results(filters(a, null, null, null, null), 1, 10)).containsExactly(r3, r1);
    assertThat(results(filters(null, "C-1", null, null, null), 1, 10)).containsExactly(r3, r2, r1);
    assertThat(results(filters(null, "C-2", null, null, null), 1, 10)).isEmpty();
    assertThat(results(filters(null, null, ResultStatus.COMPLETED, null, null), 1, 10))
        .containsExactly(r2);
    assertThat(results(filters(null, null, null, occurred(20), occurred(30)), 1, 10))
        .containsExactly(r3, r2);
  }

  @Test
  void theIntegrationListShowsTasksWithTheirOperatorsExternalIdAndFilters() {
    jdbc.update(
        "INSERT INTO rm_operator (id, tenant_id, type, name, external_id, active, placeholder,"
            + " created_at, updated_at) VALUES (?, ?, 'SALESMAN', 'Ana', 'OP-1', true, false,"
            + " now(), now())",
        operator,
        tenant);
    UUID done = task("t-1", 1, ActivityChannel.SALESMAN);
    UUID pending = task("t-2", 2, ActivityChannel.CALLCENTER);
    UUID untouched = task("t-3", 3, ActivityChannel.SALESMAN);
    activities.on(
        new ActivityCreatedEvent(tenant, UUID.randomUUID(), message(), ActivityStatus.READY, at(0)),
        0);
    UUID effective = record(done, 1, ResultStatus.COMPLETED, "SALE_COMPLETED", 10);
    projection.on(
        new ActivityResultAppliedEvent(
            tenant, done, effective, ActivityStatus.READY, ActivityStatus.COMPLETED, false, at(10)),
        2);
    record(pending, 1, ResultStatus.PENDING, "NO_CONTACT", 20);

    var all = tasks.handle(new ListIntegrationTasksQuery(tenant, ALL_TASKS, 1, 10));
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.items())
        .extracting(t -> t.activity().id(), IntegrationTaskView::operatorExternalId)
        .containsExactly(tuple(untouched, "OP-1"), tuple(pending, "OP-1"), tuple(done, "OP-1"));
    assertThat(
            taskIds(
                new ListIntegrationTasksQuery.Filters(
                    Set.of(ActivityStatus.COMPLETED), null, null, null, null, null, null)))
        .containsExactly(done);
    assertThat(
            taskIds(
                new ListIntegrationTasksQuery.Filters(
                    Set.of(ActivityStatus.READY, ActivityStatus.UNRESOLVED),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)))
        .containsExactly(untouched, pending);
    assertThat(taskIds(resultStatus(ResultStatus.EFFECTIVE))).containsExactly(done);
    assertThat(taskIds(resultStatus(ResultStatus.PENDING))).containsExactly(pending);
    assertThat(taskIds(resultStatus(ResultStatus.NOT_EFFECTIVE))).isEmpty();
    assertThat(
            taskIds(
                new ListIntegrationTasksQuery.Filters(
                    null, null, ActivityChannel.CALLCENTER, null, null, null, null)))
        .containsExactly(pending);
    assertThat(
            taskIds(
                new ListIntegrationTasksQuery.Filters(
                    null, null, null, "C-1", "OP-1", day(2).minusSeconds(1), day(3))))
        .containsExactly(untouched, pending);
    assertThat(
            taskIds(
                new ListIntegrationTasksQuery.Filters(
                    null, null, null, null, "OP-404", null, null)))
        .isEmpty();
    assertThat(
            tasks
                .handle(new ListIntegrationTasksQuery(UUID.randomUUID(), ALL_TASKS, 1, 10))
                .total())
        .isZero();
  }

  private List<UUID> taskIds(ListIntegrationTasksQuery.Filters filters) {
    return tasks.handle(new ListIntegrationTasksQuery(tenant, filters, 1, 10)).items().stream()
        .map(t -> t.activity().id())
        .toList();
  }

  private static ListIntegrationTasksQuery.Filters resultStatus(ResultStatus status) {
    return new ListIntegrationTasksQuery.Filters(null, status, null, null, null, null, null);
  }

  private List<UUID> results(ListActivityResultsQuery.Filters filters, int page, int limit) {
    return projection
        .handle(new ListActivityResultsQuery(tenant, filters, page, limit))
        .items()
        .stream()
        .map(ActivityResultView::id)
        .toList();
  }

  private static ListActivityResultsQuery.Filters filters(
      UUID activityId, String commerce, ResultStatus status, Instant from, Instant to) {
    return new ListActivityResultsQuery.Filters(activityId, commerce, status, from, to);
  }

  private UUID task(String key, int day, ActivityChannel channel) {
    UUID id = UUID.randomUUID();
    activities.on(
        new ActivityCreatedEvent(
            tenant, id, details(key, day, channel), ActivityStatus.READY, at(0)),
        0);
    return id;
  }

  private UUID record(UUID activity, long sequence, ResultStatus status, String code, int minute) {
    UUID id = UUID.randomUUID();
    projection.on(
        new ActivityResultRecordedEvent(
            tenant,
            activity,
            result(id, activity, ResultSource.RETEN_ACTIVITY, status, code, minute),
            at(minute)),
        sequence);
    return id;
  }

  private ActivityResult result(
      UUID id, UUID activity, ResultSource source, ResultStatus status, String code, int minute) {
    return new ActivityResult(
        id,
        activity,
        "p-" + id,
        commerce,
        "C-1",
        occurred(minute),
        status,
        "closed",
        source,
        new TaskResult(
            code,
            "Label " + code,
            "ok",
            ContactDirection.INBOUND,
            "OP-1",
            null,
            Map.of("basket", List.of(1, 2))),
        Map.of("source", "app"),
        false);
  }

  private ActivityDetails details(String key, int day, ActivityChannel channel) {
    return new ActivityDetails(
        ActivityType.TASK,
        channel == null ? ActivityChannel.SALESMAN : channel,
        "Visit",
        commerce,
        key,
        T0.plusSeconds(86_400L * day),
        null,
        null,
        null,
        null,
        UUID.randomUUID(),
        operator);
  }

  private ActivityDetails message() {
    return new ActivityDetails(
        ActivityType.MESSAGE,
        ActivityChannel.SMS,
        "Hi",
        commerce,
        "m-1",
        T0.plusSeconds(86_400L * 5),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Instant day(int day) {
    return T0.plusSeconds(86_400L * day);
  }

  private static Instant at(int minute) {
    return T0.plusSeconds(60L * minute);
  }

  private static Instant occurred(int minute) {
    return at(minute).minusSeconds(30);
  }
}
