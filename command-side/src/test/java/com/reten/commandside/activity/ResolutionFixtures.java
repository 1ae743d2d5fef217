package com.reten.commandside.activity;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ActivityTargetUsersSetEvent;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.AttributeStatus;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activity.TargetUserStatus;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceUserAddedEvent;
import com.reten.api.commerce.RecordSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Ids, times and event builders shared by the resolution fixture tests. */
final class ResolutionFixtures {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
  static final UUID ACTIVITY = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  static final UUID COMMERCE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  static final UUID ROUTE = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
  static final UUID OPERATOR = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
  static final UUID REP = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
  static final UUID CLERK = UUID.fromString("00000000-0000-0000-0000-0000000000f3");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);
  static final Instant T2 = T0.plusSeconds(120);
  static final String NO_REP_OR_OWNER =
      "no active commerce user matched ROLE_MATCH COMMERCE_REP;"
          + " no active COMMERCE_REP or OWNER to fall back to";

  private ResolutionFixtures() {}

  static ActivityDetails message(ActivityChannel channel) {
    return new ActivityDetails(
        ActivityType.MESSAGE,
        channel,
        "Reorder",
        COMMERCE,
        "k-1",
        T1,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static ActivityDetails task() {
    return new ActivityDetails(
        ActivityType.TASK,
        ActivityChannel.SALESMAN,
        "Visit",
        COMMERCE,
        "k-2",
        T1,
        null,
        null,
        null,
        null,
        ROUTE,
        OPERATOR);
  }

  static CommerceRegisteredEvent commerce() {
    return new CommerceRegisteredEvent(
        TENANT, COMMERCE, "Almacén Rosa", "C-1", null, "76.123.456-7", false, Map.of(), T0);
  }

  static CommerceUserAddedEvent user(UUID id, String name, CommerceRole... roles) {
    return new CommerceUserAddedEvent(
        TENANT, COMMERCE, id, name, null, RecordSource.RETEN, Set.of(roles), T0);
  }

  static ActivityCreatedEvent created(ActivityStatus status) {
    return new ActivityCreatedEvent(TENANT, ACTIVITY, message(ActivityChannel.SMS), status, T0);
  }

  static ActivityTargetUsersSetEvent targets(
      TargetResolutionRule rule, ActivityTargetUser... targetUsers) {
    return new ActivityTargetUsersSetEvent(TENANT, ACTIVITY, rule, List.of(targetUsers), T0);
  }

  static ActivityTargetUser resolved(
      int position,
      UUID user,
      String name,
      TargetResolutionStrategy strategy,
      TargetLockReason reason,
      Instant at) {
    return new ActivityTargetUser(
        ActivityTargets.idOf(ACTIVITY, position),
        user,
        name,
        TargetUserStatus.RESOLVED,
        strategy,
        reason,
        at,
        null,
        null);
  }

  static ActivityTargetUser failed(int position, TargetResolutionStrategy strategy, String why) {
    return new ActivityTargetUser(
        ActivityTargets.idOf(ACTIVITY, position),
        null,
        null,
        TargetUserStatus.FAILED,
        strategy,
        null,
        null,
        null,
        why);
  }

  static ActivityTargetUser pending(int position, TargetResolutionStrategy strategy) {
    return new ActivityTargetUser(
        ActivityTargets.idOf(ACTIVITY, position),
        null,
        null,
        TargetUserStatus.PENDING,
        strategy,
        null,
        null,
        null,
        strategy == TargetResolutionStrategy.MANUAL ? ActivityTargets.BY_HAND : null);
  }

  static ActivityAttribute attribute(
      String key,
      Object value,
      AttributeStatus status,
      AttributeStrategy strategy,
      AttributeResolverType resolver,
      Object fallback,
      Instant resolvedAt,
      String error) {
    return new ActivityAttribute(
        ActivityAttributes.idOf(ACTIVITY, key),
        key,
        value,
        status,
        strategy,
        resolver,
        fallback,
        resolvedAt,
        error);
  }

  static String targetFailed(int position, String why) {
    return "target user " + ActivityTargets.idOf(ACTIVITY, position) + " FAILED: " + why;
  }
}
