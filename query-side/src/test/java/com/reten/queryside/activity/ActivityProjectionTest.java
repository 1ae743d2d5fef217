package com.reten.queryside.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activity.ActivityCanceledEvent;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityStatusEventView;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.ActivityView;
import com.reten.api.activity.FindActivityQuery;
import com.reten.api.activity.ListActivitiesQuery;
import com.reten.api.activity.ListActivityStatusEventsQuery;
import com.reten.queryside.testsupport.ReadModelTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@Import({ActivityProjection.class, ActivityTable.class, CommandWrites.class})
class ActivityProjectionTest extends ReadModelTest {

  private static final ListActivitiesQuery.Filters NONE =
      new ListActivitiesQuery.Filters(null, null, null, null, null, null, null, null, null);

  @Autowired ActivityProjection projection;
  @Autowired JdbcTemplate jdbc;

  private final UUID tenant = UUID.randomUUID();
  private final UUID commerce = UUID.randomUUID();
  private final UUID otherCommerce = UUID.randomUUID();
  private final UUID route = UUID.randomUUID();
  private final UUID operator = UUID.randomUUID();

  @Test
  void aCreatedActivityCarriesItsCommerceAndStartsItsStatusHistory() {
    jdbc.update(
        "INSERT INTO rm_commerce (id, tenant_id, name, external_id, is_active, is_placeholder,"
            + " metadata, created_at, updated_at, version) VALUES (?, ?, 'Almacén Rosa', 'C-1',"
            + " true, false, '{}', now(), now(), 0)",
        commerce,
        tenant);
    UUID id = create("k-1", ActivityType.MESSAGE, ActivityChannel.SMS, commerce, 1, "Remind");

    flush();
    ActivityView view = projection.handle(new FindActivityQuery(tenant, id)).orElseThrow();
    assertThat(view.status()).isEqualTo(ActivityStatus.READY);
    assertThat(view.commerceName()).isEqualTo("Almacén Rosa");
    assertThat(view.commerceExternalId()).isEqualTo("C-1");
    assertThat(view.details().idempotencyKey()).isEqualTo("k-1");
    assertThat(view.version()).isZero();
    assertThat(projection.handle(new ListActivitiesQuery(tenant, NONE, 1, 20)).items())
        .as("read by id in JDBC as the list reads it through JPA")
        .containsExactly(view);
    assertThat(projection.handle(new FindActivityQuery(UUID.randomUUID(), id))).isEmpty();
    assertThat(projection.handle(new ListActivityStatusEventsQuery(tenant, id)))
        .extracting(ActivityStatusEventView::eventType, ActivityStatusEventView::toStatus)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CREATED", ActivityStatus.READY));
  }

  @Test
  void cancelingChangesStatusVersionAndHistory() {
    UUID id = create("k-1", ActivityType.MESSAGE, ActivityChannel.SMS, commerce, 1, "Remind");
    projection.on(
        new ActivityCanceledEvent(tenant, id, ActivityStatus.READY, "dup", T0.plusSeconds(9)), 1);

    flush();
    ActivityView view = projection.handle(new FindActivityQuery(tenant, id)).orElseThrow();
    assertThat(view.status()).isEqualTo(ActivityStatus.CANCELED);
    assertThat(view.version()).isEqualTo(1);
    assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(9));
    var history = projection.handle(new ListActivityStatusEventsQuery(tenant, id));
    assertThat(history)
        .extracting(ActivityStatusEventView::eventType)
        .containsExactly("CREATED", "CANCELED");
    assertThat(history.get(1).fromStatus()).isEqualTo(ActivityStatus.READY);
    assertThat(projection.handle(new ListActivityStatusEventsQuery(UUID.randomUUID(), id)))
        .isEmpty();
  }

  @Test
  void aDispatchIsAStatusChangeWithItsOwnStatusEvent() {
    UUID id = create("k-2", ActivityType.MESSAGE, ActivityChannel.SMS, commerce, 1, "Remind");
    projection.on(
        new ActivityDispatchedEvent(tenant, id, UUID.randomUUID(), "p-9", 1, T0.plusSeconds(3)), 1);

    flush();
    ActivityView view = projection.handle(new FindActivityQuery(tenant, id)).orElseThrow();
    assertThat(view.status()).isEqualTo(ActivityStatus.DISPATCHED);
    assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(projection.handle(new ListActivityStatusEventsQuery(tenant, id)))
        .extracting(ActivityStatusEventView::eventType, ActivityStatusEventView::toStatus)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CREATED", ActivityStatus.READY),
            org.assertj.core.groups.Tuple.tuple("DISPATCH_SUCCESS", ActivityStatus.DISPATCHED));
  }

  @Test
  void theListFiltersOrdersByScheduledAtDescendingAndPaginates() {
    UUID a = create("a", ActivityType.MESSAGE, ActivityChannel.SMS, commerce, 1, "Reorder soap");
    UUID b = create("b", ActivityType.MESSAGE, ActivityChannel.EMAIL, commerce, 3, "Welcome");
    UUID c = create("c", ActivityType.TASK, ActivityChannel.SALESMAN, otherCommerce, 2, "Visit");
    UUID d = create("d", ActivityType.TASK, ActivityChannel.SALESMAN, otherCommerce, 2, "Visit");
    projection.on(new ActivityCanceledEvent(tenant, a, ActivityStatus.READY, null, T0), 1);
    UUID stranger = UUID.randomUUID();
    projection.on(
        new ActivityCreatedEvent(
            stranger,
            UUID.randomUUID(),
            details("z", ActivityType.MESSAGE, ActivityChannel.SMS, commerce, 3, "Reorder"),
            ActivityStatus.READY,
            T0),
        0);
    UUID tie1 = c.toString().compareTo(d.toString()) > 0 ? c : d; // PostgreSQL: unsigned bytes
    UUID tie2 = tie1.equals(c) ? d : c;

    assertThat(ids(NONE, 1, 10)).containsExactly(b, tie1, tie2, a);
    var page = projection.handle(new ListActivitiesQuery(tenant, NONE, 2, 3));
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items()).extracting(ActivityView::id).containsExactly(a);
    assertThat(ids(filters("soap", null, null, null, null, null), 1, 10)).containsExactly(a);
    assertThat(ids(filters(null, ActivityStatus.CANCELED, null, null, null, null), 1, 10))
        .containsExactly(a);
    assertThat(ids(filters(null, null, ActivityType.TASK, null, null, null), 1, 10))
        .containsExactly(tie1, tie2);
    assertThat(ids(filters(null, null, null, ActivityChannel.EMAIL, null, null), 1, 10))
        .containsExactly(b);
    assertThat(ids(filters(null, null, null, null, otherCommerce, null), 1, 10))
        .containsExactly(tie1, tie2);
    assertThat(ids(filters(null, null, null, null, null, operator), 1, 10))
        .containsExactly(tie1, tie2);
    var routeOnly =
        new ListActivitiesQuery.Filters(null, null, null, null, null, null, route, null, null);
    assertThat(ids(routeOnly, 1, 10)).containsExactly(tie1, tie2);
    var window =
        new ListActivitiesQuery.Filters(
            null, null, null, null, null, null, null, at(2), at(3).minusSeconds(1));
    assertThat(ids(window, 1, 10)).containsExactly(tie1, tie2);
  }

  private List<UUID> ids(ListActivitiesQuery.Filters filters, int page, int limit) {
    return projection.handle(new ListActivitiesQuery(tenant, filters, page, limit)).items().stream()
        .map(ActivityView::id)
        .toList();
  }

  private static ListActivitiesQuery.Filters filters(
      String search,
      ActivityStatus status,
      ActivityType type,
      ActivityChannel channel,
      UUID commerceId,
      UUID operatorId) {
    return new ListActivitiesQuery.Filters(
        search, status, type, channel, commerceId, operatorId, null, null, null);
  }

  private UUID create(
      String key,
      ActivityType type,
      ActivityChannel channel,
      UUID commerceId,
      int day,
      String reason) {
    UUID id = UUID.randomUUID();
    projection.on(
        new ActivityCreatedEvent(
            tenant,
            id,
            details(key, type, channel, commerceId, day, reason),
            ActivityStatus.READY,
            T0),
        0);
    return id;
  }

  private ActivityDetails details(
      String key,
      ActivityType type,
      ActivityChannel channel,
      UUID commerceId,
      int day,
      String reason) {
    boolean task = type == ActivityType.TASK;
    return new ActivityDetails(
        type,
        channel,
        reason,
        commerceId,
        key,
        at(day),
        null,
        null,
        null,
        null,
        task ? route : null,
        task ? operator : null);
  }

  private static Instant at(int day) {
    return T0.plusSeconds(86_400L * day);
  }
}
