package com.reten.commandside.activity;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ActivityTargetUsersResolvedEvent;
import com.reten.api.activity.ActivityTargetUsersSetEvent;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activity.TargetUserStatus;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.commandside.commerce.CommerceUserSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * An activity's target users and the rule that picks them. A target user is a position: resolved,
 * it holds one commerce user, and a resolution that picks several users fills the position with the
 * first and adds positions for the others. Ids derive from (activity, position), so replays and
 * fixtures see the same ids.
 */
class ActivityTargets {

  static final String BY_HAND = "waits to be resolved by hand (MANUAL)";

  private TargetResolutionRule rule;
  private final Map<UUID, ActivityTargetUser> byId = new LinkedHashMap<>();

  static UUID idOf(UUID activityId, int position) {
    return UUID.nameUUIDFromBytes((activityId + ":target-user:" + position).getBytes(UTF_8));
  }

  /** A new activity's target users: resolved now (ON_CREATION), else one PENDING position. */
  static List<ActivityTargetUser> initial(
      UUID activityId, TargetResolutionRule rule, TargetResolver resolver, Instant at) {
    TargetResolutionStrategy strategy = rule.strategy();
    if (strategy == TargetResolutionStrategy.ON_CREATION) {
      return filled(activityId, idOf(activityId, 0), 1, strategy, resolver.resolve(rule), at);
    }
    String waiting = strategy == TargetResolutionStrategy.MANUAL ? BY_HAND : null;
    return List.of(
        new ActivityTargetUser(
            idOf(activityId, 0),
            null,
            null,
            TargetUserStatus.PENDING,
            strategy,
            null,
            null,
            null,
            waiting));
  }

  Collection<ActivityTargetUser> all() {
    return byId.values();
  }

  /** The FAILED target users resolved again: those that changed, and any added. */
  List<ActivityTargetUser> retried(UUID activityId, TargetResolver resolver, Instant at) {
    return resolveWhere(activityId, t -> t.status() == TargetUserStatus.FAILED, resolver, at);
  }

  /** The target users waiting for dispatch, resolved: those that changed, and any added. */
  List<ActivityTargetUser> forDispatch(UUID activityId, TargetResolver resolver, Instant at) {
    return resolveWhere(
        activityId,
        t ->
            t.status() == TargetUserStatus.PENDING
                && t.strategy() == TargetResolutionStrategy.ON_DISPATCH,
        resolver,
        at);
  }

  /** The target user, if it may be assigned by hand: it exists and is PENDING or FAILED. */
  ActivityTargetUser resolvableByHand(UUID targetUserId) {
    ActivityTargetUser target = byId.get(targetUserId);
    if (target == null) {
      throw RetenException.notFound("Target user");
    }
    if (target.status() == TargetUserStatus.LOCKED) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION,
          "Target user is LOCKED (" + target.lockReason() + ") and cannot be resolved again");
    }
    if (target.status() == TargetUserStatus.RESOLVED) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION,
          "Target user is RESOLVED; only a PENDING or FAILED one can be resolved by hand");
    }
    return target;
  }

  /** {@code target} assigned {@code user} by hand, LOCKED. */
  static ActivityTargetUser locked(
      ActivityTargetUser target, CommerceUserSnapshot user, Instant at) {
    return new ActivityTargetUser(
        target.id(),
        user.userId(),
        user.name(),
        TargetUserStatus.LOCKED,
        target.strategy(),
        TargetLockReason.MANUAL_ASSIGNMENT,
        at,
        at,
        null);
  }

  private List<ActivityTargetUser> resolveWhere(
      UUID activityId, Predicate<ActivityTargetUser> which, TargetResolver resolver, Instant at) {
    List<ActivityTargetUser> changes = new ArrayList<>();
    int next = byId.size();
    for (ActivityTargetUser target : byId.values()) {
      if (which.test(target)) {
        var filled =
            filled(activityId, target.id(), next, target.strategy(), resolver.resolve(rule), at);
        next += filled.size() - 1;
        filled.stream().filter(t -> !t.equals(byId.get(t.id()))).forEach(changes::add);
      }
    }
    return changes;
  }

  /**
   * The position {@code slot} filled by the outcome; extra users take positions from {@code next}.
   */
  private static List<ActivityTargetUser> filled(
      UUID activityId,
      UUID slot,
      int next,
      TargetResolutionStrategy strategy,
      TargetResolver.Outcome outcome,
      Instant at) {
    if (!outcome.found()) {
      return List.of(
          new ActivityTargetUser(
              slot,
              null,
              null,
              TargetUserStatus.FAILED,
              strategy,
              null,
              null,
              null,
              outcome.failure()));
    }
    List<ActivityTargetUser> filled = new ArrayList<>();
    for (int i = 0; i < outcome.users().size(); i++) {
      CommerceUserSnapshot user = outcome.users().get(i);
      filled.add(
          new ActivityTargetUser(
              i == 0 ? slot : idOf(activityId, next + i - 1),
              user.userId(),
              user.name(),
              TargetUserStatus.RESOLVED,
              strategy,
              outcome.reason(),
              at,
              null,
              null));
    }
    return filled;
  }

  @EventSourcingHandler
  void on(ActivityTargetUsersSetEvent event) {
    rule = event.rule();
    event.targetUsers().forEach(target -> byId.put(target.id(), target));
  }

  @EventSourcingHandler
  void on(ActivityTargetUsersResolvedEvent event) {
    event.targetUsers().forEach(target -> byId.put(target.id(), target));
  }
}
