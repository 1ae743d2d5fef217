package com.reten.commandside.activity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityAttributesResolvedEvent;
import com.reten.api.activity.ActivityAttributesSetEvent;
import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityCreatedEvent;
import com.reten.api.activity.ActivityResolutionFailedEvent;
import com.reten.api.activity.ActivityResolutionRetryFailedEvent;
import com.reten.api.activity.ActivityResolvedEvent;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ActivityTargetUsersResolvedEvent;
import com.reten.api.activity.ActivityTargetUsersSetEvent;
import com.reten.api.activity.CreateActivityCommand;
import com.reten.api.activity.ResolveActivityTargetUserCommand;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.commandside.commerce.CommerceUserSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The resolution commands of one {@link Activity}: guards, then events. Works on the aggregate's
 * live members, which each applied event updates at once, so the status decision after a change
 * sees the change.
 */
final class ActivityResolution {

  private final UUID tenantId;
  private final UUID activityId;
  private final ActivityTargets targets;
  private final ActivityAttributes attributes;
  private final ActivityDirectory directory;
  private final TargetResolver targetResolver;

  ActivityResolution(
      UUID tenantId,
      UUID activityId,
      ActivityChannel channel,
      ActivityTargets targets,
      ActivityAttributes attributes,
      ActivityDirectory directory) {
    this.tenantId = tenantId;
    this.activityId = activityId;
    this.targets = targets;
    this.attributes = attributes;
    this.directory = directory;
    this.targetResolver = new TargetResolver(directory, channel);
  }

  /**
   * Applies a new activity's events: created READY, or UNRESOLVED followed by RESOLUTION_FAILED
   * (the constructor's events are applied after it returns, so the outcome is decided here).
   */
  static void create(
      CreateActivityCommand command,
      TargetResolutionRule rule,
      Function<String, AttributePolicyRule> policies,
      ActivityDirectory directory) {
    UUID id = command.activityId();
    UUID tenant = command.tenantId();
    Instant at = command.at();
    var resolver = new TargetResolver(directory, command.details().channel());
    var targetUsers = ActivityTargets.initial(id, rule, resolver, at);
    var requested =
        ActivityAttributes.initial(
            id, command.resolution(), policies, new AttributeResolver(directory), at);
    var failure = ResolutionFailure.of(targetUsers, requested);
    var start = failure.isPresent() ? ActivityStatus.UNRESOLVED : ActivityStatus.READY;
    apply(new ActivityCreatedEvent(tenant, id, command.details(), start, at));
    apply(new ActivityTargetUsersSetEvent(tenant, id, rule, targetUsers, at));
    if (!requested.isEmpty()) {
      apply(new ActivityAttributesSetEvent(tenant, id, requested, at));
    }
    failure.ifPresent(
        f ->
            apply(
                new ActivityResolutionFailedEvent(
                    tenant, id, null, f.errorCode(), f.errorMessage(), at)));
  }

  /** Re-runs the FAILED target users and required attributes of an UNRESOLVED activity. */
  void retry(ActivityStatus status, Instant at) {
    if (status != ActivityStatus.UNRESOLVED) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION,
          "Activity is " + status + "; only an UNRESOLVED activity can retry resolution");
    }
    changed(
        targets.retried(activityId, targetResolver, at),
        attributes.retried(new AttributeResolver(directory), at),
        at);
    ResolutionFailure.of(targets.all(), attributes.all())
        .ifPresentOrElse(
            f ->
                apply(
                    new ActivityResolutionRetryFailedEvent(
                        tenantId, activityId, f.errorCode(), f.errorMessage(), at)),
            () -> apply(new ActivityResolvedEvent(tenantId, activityId, at)));
  }

  /** Locks a PENDING or FAILED target user to a commerce user; READY when nothing else blocks. */
  void byHand(ActivityStatus status, ResolveActivityTargetUserCommand command) {
    if (status != ActivityStatus.READY && status != ActivityStatus.UNRESOLVED) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION,
          "Activity is " + status + "; target users are resolved while READY or UNRESOLVED");
    }
    ActivityTargetUser target = targets.resolvableByHand(command.targetUserId());
    ActivityTargetUser locked =
        ActivityTargets.locked(target, activeUser(command.commerceUserId()), command.at());
    changed(List.of(locked), List.of(), command.at());
    if (status == ActivityStatus.UNRESOLVED
        && ResolutionFailure.of(targets.all(), attributes.all()).isEmpty()) {
      apply(new ActivityResolvedEvent(tenantId, activityId, command.at()));
    }
  }

  /** Resolves what waits for dispatch; UNRESOLVED (and {@code false}) when that fails. */
  boolean forDispatch(ActivityStatus status, Instant at) {
    if (status != ActivityStatus.READY) {
      throw new RetenException(
          ErrorCode.INVALID_STATE_TRANSITION, "Activity is " + status + ", not READY");
    }
    changed(
        targets.forDispatch(activityId, targetResolver, at),
        attributes.forDispatch(new AttributeResolver(directory), at),
        at);
    var failure = ResolutionFailure.of(targets.all(), attributes.all());
    failure.ifPresent(
        f ->
            apply(
                new ActivityResolutionFailedEvent(
                    tenantId, activityId, status, f.errorCode(), f.errorMessage(), at)));
    return failure.isEmpty();
  }

  /** A user of the activity's commerce (404 otherwise) who is active (400 otherwise). */
  private CommerceUserSnapshot activeUser(UUID commerceUserId) {
    CommerceUserSnapshot user =
        directory.commerceUsers().stream()
            .filter(candidate -> candidate.userId().equals(commerceUserId))
            .findFirst()
            .orElseThrow(() -> RetenException.notFound("Commerce user"));
    if (!user.active()) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED, "commerce_user_id: the commerce user is not active");
    }
    return user;
  }

  private void changed(
      List<ActivityTargetUser> targetUsers, List<ActivityAttribute> changedAttributes, Instant at) {
    if (!targetUsers.isEmpty()) {
      apply(new ActivityTargetUsersResolvedEvent(tenantId, activityId, targetUsers, at));
    }
    if (!changedAttributes.isEmpty()) {
      apply(new ActivityAttributesResolvedEvent(tenantId, activityId, changedAttributes, at));
    }
  }
}
