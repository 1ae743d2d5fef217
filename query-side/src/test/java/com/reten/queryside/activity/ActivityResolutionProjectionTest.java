package com.reten.queryside.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityAttributeView;
import com.reten.api.activity.ActivityAttributesResolvedEvent;
import com.reten.api.activity.ActivityAttributesSetEvent;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityResolutionFailedEvent;
import com.reten.api.activity.ActivityResolutionRetryFailedEvent;
import com.reten.api.activity.ActivityResolvedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityStatusEventView;
import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ActivityTargetUserView;
import com.reten.api.activity.ActivityTargetUsersResolvedEvent;
import com.reten.api.activity.ActivityTargetUsersSetEvent;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.AttributeStatus;
import com.reten.api.activity.FindActivityQuery;
import com.reten.api.activity.ListActivityAttributesQuery;
import com.reten.api.activity.ListActivityStatusEventsQuery;
import com.reten.api.activity.ListActivityTargetUsersQuery;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activity.TargetUserStatus;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.queryside.testsupport.ReadModelTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import({
  ActivityProjection.class,
  ActivityTargetUserProjection.class,
  ActivityAttributeProjection.class,
  ActivityResolutionProjection.class,
  ActivityTable.class,
  CommandWrites.class
})
class ActivityResolutionProjectionTest extends ReadModelTest {

  @Autowired ActivityProjection activities;
  @Autowired ActivityTargetUserProjection targetUsers;
  @Autowired ActivityAttributeProjection attributes;
  @Autowired ActivityResolutionProjection resolution;

  private final UUID tenant = UUID.randomUUID();
  private final UUID id = UUID.randomUUID();
  private final UUID first = UUID.randomUUID();
  private final UUID second = UUID.randomUUID();
  private final UUID ana = UUID.randomUUID();
  private final UUID bo = UUID.randomUUID();

  @Test
  void aCreationThatFailedIsUnresolvedWithTwoStatusEventsAndAFailedTarget() {
    createdUnresolved();

    flush();
    var view = activities.handle(new FindActivityQuery(tenant, id)).orElseThrow();
    assertThat(view.status()).isEqualTo(ActivityStatus.UNRESOLVED);
    assertThat(view.version()).isEqualTo(2);
    assertThat(view.updatedAt()).isEqualTo(T0);
    assertThat(activities.handle(new ListActivityStatusEventsQuery(tenant, id)))
        .extracting(
            ActivityStatusEventView::eventType,
            ActivityStatusEventView::fromStatus,
            ActivityStatusEventView::toStatus,
            ActivityStatusEventView::errorCode,
            ActivityStatusEventView::errorMessage)
        .containsExactly(
            tuple("CREATED", null, ActivityStatus.UNRESOLVED, null, null),
            tuple(
                "RESOLUTION_FAILED",
                null,
                ActivityStatus.UNRESOLVED,
                "TARGET_RESOLUTION_FAILED",
                "target user " + first + " FAILED: nobody"));
    assertThat(targetUsers.handle(new ListActivityTargetUsersQuery(tenant, id)))
        .extracting(ActivityTargetUserView::id, ActivityTargetUserView::status)
        .containsExactly(tuple(first, TargetUserStatus.FAILED));
  }

  @Test
  void aSuccessfulRetryFillsThePositionAddsTheNextAndMakesTheActivityReady() {
    createdUnresolved();
    var later = T0.plusSeconds(30);
    targetUsers.on(
        new ActivityTargetUsersResolvedEvent(
            tenant,
            id,
            List.of(resolved(first, ana, "Ana Diaz"), resolved(second, bo, "Bo")),
            later),
        3);
    resolution.on(new ActivityResolvedEvent(tenant, id, later), 4);

    flush();
    var view = activities.handle(new FindActivityQuery(tenant, id)).orElseThrow();
    assertThat(view.status()).isEqualTo(ActivityStatus.READY);
    assertThat(view.version()).isEqualTo(4);
    assertThat(view.updatedAt()).isEqualTo(later);
    var users = targetUsers.handle(new ListActivityTargetUsersQuery(tenant, id));
    assertThat(users)
        .extracting(
            ActivityTargetUserView::id,
            ActivityTargetUserView::commerceUserId,
            ActivityTargetUserView::name,
            ActivityTargetUserView::status,
            ActivityTargetUserView::lockReason)
        .containsExactly(
            tuple(
                first, ana, "Ana Diaz", TargetUserStatus.RESOLVED, TargetLockReason.CRITERIA_MATCH),
            tuple(second, bo, "Bo", TargetUserStatus.RESOLVED, TargetLockReason.CRITERIA_MATCH));
    assertThat(users.get(0).resolvedAt()).isEqualTo(later);
    assertThat(users.get(0).errorMessage()).isNull();
    var last = activities.handle(new ListActivityStatusEventsQuery(tenant, id)).get(2);
    assertThat(last.eventType()).isEqualTo("RESOLUTION_RETRY_SUCCESS");
    assertThat(last.fromStatus()).isEqualTo(ActivityStatus.UNRESOLVED);
    assertThat(last.toStatus()).isEqualTo(ActivityStatus.READY);
    assertThat(targetUsers.handle(new ListActivityTargetUsersQuery(UUID.randomUUID(), id)))
        .isEmpty();
  }

  @Test
  void aFailedRetryIsAStatusEventThatKeepsTheActivityUnresolved() {
    createdUnresolved();
    resolution.on(
        new ActivityResolutionRetryFailedEvent(
            tenant, id, "TARGET_RESOLUTION_FAILED", "still nobody", T0.plusSeconds(5)),
        3);

    flush();
    var view = activities.handle(new FindActivityQuery(tenant, id)).orElseThrow();
    assertThat(view.status()).isEqualTo(ActivityStatus.UNRESOLVED);
    assertThat(view.version()).isEqualTo(3);
    var last = activities.handle(new ListActivityStatusEventsQuery(tenant, id)).get(2);
    assertThat(last.eventType()).isEqualTo("RESOLUTION_RETRY_FAILED");
    assertThat(last.fromStatus()).isEqualTo(ActivityStatus.UNRESOLVED);
    assertThat(last.toStatus()).isEqualTo(ActivityStatus.UNRESOLVED);
    assertThat(last.errorMessage()).isEqualTo("still nobody");
  }

  @Test
  void attributesKeepTheirOrderAndAnyJsonValue() {
    activities.on(new ActivityCreatedEvent(tenant, id, details(), ActivityStatus.READY, T0), 0);
    var infoId = UUID.randomUUID();
    var promoId = UUID.randomUUID();
    var resultId = UUID.randomUUID();
    attributes.on(
        new ActivityAttributesSetEvent(
            tenant,
            id,
            List.of(
                attribute(
                    infoId,
                    "commerce_info",
                    Map.of("name", "Rosa", "taxId", "7"),
                    AttributeStatus.RESOLVED,
                    null),
                attribute(
                    promoId,
                    "promotions",
                    Arrays.asList("2x1", 3, null),
                    AttributeStatus.RESOLVED,
                    null),
                attribute(resultId, "last_result", null, AttributeStatus.PENDING, null)),
            T0),
        1);
    var later = T0.plusSeconds(60);
    attributes.on(
        new ActivityAttributesResolvedEvent(
            tenant,
            id,
            List.of(attribute(resultId, "last_result", 42, AttributeStatus.FALLBACK, "no result")),
            later),
        2);

    List<ActivityAttributeView> views =
        attributes.handle(new ListActivityAttributesQuery(tenant, id));
    assertThat(views)
        .extracting(
            ActivityAttributeView::key, ActivityAttributeView::value, ActivityAttributeView::status)
        .containsExactly(
            tuple("commerce_info", Map.of("name", "Rosa", "taxId", "7"), AttributeStatus.RESOLVED),
            tuple("promotions", Arrays.asList("2x1", 3, null), AttributeStatus.RESOLVED),
            tuple("last_result", 42, AttributeStatus.FALLBACK));
    var result = views.get(2);
    assertThat(result.attributeKeyId())
        .isEqualTo(AttributeKeys.byKey("last_result").orElseThrow().id());
    assertThat(result.errorMessage()).isEqualTo("no result");
    assertThat(result.createdAt()).isEqualTo(T0);
    assertThat(result.updatedAt()).isEqualTo(later);
    assertThat(result.activityId()).isEqualTo(id);
    flush();
    var view = activities.handle(new FindActivityQuery(tenant, id)).orElseThrow();
    assertThat(view.version()).isEqualTo(2);
    assertThat(view.updatedAt()).isEqualTo(later);
    assertThat(attributes.handle(new ListActivityAttributesQuery(UUID.randomUUID(), id))).isEmpty();
  }

  private void createdUnresolved() {
    activities.on(
        new ActivityCreatedEvent(tenant, id, details(), ActivityStatus.UNRESOLVED, T0), 0);
    targetUsers.on(
        new ActivityTargetUsersSetEvent(
            tenant,
            id,
            TargetResolutionRule.DEFAULT,
            List.of(
                new ActivityTargetUser(
                    first,
                    null,
                    null,
                    TargetUserStatus.FAILED,
                    TargetResolutionStrategy.ON_CREATION,
                    null,
                    null,
                    null,
                    "nobody")),
            T0),
        1);
    resolution.on(
        new ActivityResolutionFailedEvent(
            tenant,
            id,
            null,
            "TARGET_RESOLUTION_FAILED",
            "target user " + first + " FAILED: nobody",
            T0),
        2);
  }

  private ActivityTargetUser resolved(UUID targetId, UUID user, String name) {
    return new ActivityTargetUser(
        targetId,
        user,
        name,
        TargetUserStatus.RESOLVED,
        TargetResolutionStrategy.ON_CREATION,
        TargetLockReason.CRITERIA_MATCH,
        T0.plusSeconds(30),
        null,
        null);
  }

  private static ActivityAttribute attribute(
      UUID attributeId, String key, Object value, AttributeStatus status, String error) {
    return new ActivityAttribute(
        attributeId,
        key,
        value,
        status,
        AttributeStrategy.UPFRONT,
        AttributeResolverType.INTERNAL_SERVICE,
        null,
        status == AttributeStatus.PENDING ? null : T0,
        error);
  }

  private static ActivityDetails details() {
    return new ActivityDetails(
        ActivityType.MESSAGE,
        ActivityChannel.SMS,
        "Remind",
        UUID.randomUUID(),
        "k-r",
        T0,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
