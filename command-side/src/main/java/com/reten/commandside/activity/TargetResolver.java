package com.reten.commandside.activity;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.TargetLockReason;
import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.commerce.CommerceRole;
import com.reten.commandside.commerce.CommerceUserSnapshot;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Picks the commerce users a rule names (API.md 4.3): its criteria in ascending priority, the first
 * that matches any active user wins; else the COMMERCE_REP users, then the OWNER users, when the
 * rule allows those fallbacks.
 */
final class TargetResolver {

  /** The users picked and why, or why none was. */
  record Outcome(List<CommerceUserSnapshot> users, TargetLockReason reason, String failure) {

    boolean found() {
      return failure == null;
    }
  }

  private final ActivityDirectory directory;
  private final ActivityChannel channel;

  TargetResolver(ActivityDirectory directory, ActivityChannel channel) {
    this.directory = directory;
    this.channel = channel;
  }

  Outcome resolve(TargetResolutionRule rule) {
    List<CommerceUserSnapshot> active =
        directory.commerceUsers().stream().filter(CommerceUserSnapshot::active).toList();
    List<TargetCriterion> criteria = sorted(rule.criteria());
    for (TargetCriterion criterion : criteria) {
      List<CommerceUserSnapshot> matched = match(criterion, active);
      if (!matched.isEmpty()) {
        return new Outcome(matched, TargetLockReason.CRITERIA_MATCH, null);
      }
    }
    if (rule.fallbackToCommerceRep()) {
      List<CommerceUserSnapshot> reps = withRole(active, CommerceRole.COMMERCE_REP);
      if (!reps.isEmpty()) {
        return new Outcome(reps, TargetLockReason.FALLBACK_COMMERCE_REP, null);
      }
    }
    if (rule.fallbackToOwner()) {
      List<CommerceUserSnapshot> owners = withRole(active, CommerceRole.OWNER);
      if (!owners.isEmpty()) {
        return new Outcome(owners, TargetLockReason.FALLBACK_OWNER, null);
      }
    }
    return new Outcome(List.of(), null, failure(rule, criteria));
  }

  /** The role a ROLE_MATCH criterion names, if it names one. */
  static Optional<CommerceRole> role(TargetCriterion criterion) {
    Object role = criterion.config() == null ? null : criterion.config().get("role");
    if (!(role instanceof String name)) {
      return Optional.empty();
    }
    try {
      return Optional.of(CommerceRole.valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private List<CommerceUserSnapshot> match(
      TargetCriterion criterion, List<CommerceUserSnapshot> active) {
    return switch (criterion.type()) {
      case ROLE_MATCH -> role(criterion).map(role -> withRole(active, role)).orElse(List.of());
      case LAST_CONTACTED_ALL_CHANNELS -> lastContacted(null, active);
      case LAST_CONTACTED_SAME_CHANNEL -> lastContacted(channel, active);
    };
  }

  /** The last contacted user, when they are still an active user of the commerce. */
  private List<CommerceUserSnapshot> lastContacted(
      ActivityChannel onChannel, List<CommerceUserSnapshot> active) {
    Optional<UUID> last = directory.lastContactedUser(onChannel);
    return active.stream().filter(user -> last.filter(user.userId()::equals).isPresent()).toList();
  }

  private static List<CommerceUserSnapshot> withRole(
      List<CommerceUserSnapshot> users, CommerceRole role) {
    return users.stream().filter(user -> user.roles().contains(role)).toList();
  }

  private static List<TargetCriterion> sorted(List<TargetCriterion> criteria) {
    return criteria == null
        ? List.of()
        : criteria.stream().sorted(Comparator.comparingInt(TargetCriterion::priority)).toList();
  }

  private static String failure(TargetResolutionRule rule, List<TargetCriterion> criteria) {
    String tried =
        criteria.isEmpty()
            ? "the rule has no criteria"
            : "no active commerce user matched "
                + criteria.stream().map(TargetResolver::describe).collect(Collectors.joining(", "));
    String fallbacks;
    if (rule.fallbackToCommerceRep() && rule.fallbackToOwner()) {
      fallbacks = "no active COMMERCE_REP or OWNER to fall back to";
    } else if (rule.fallbackToCommerceRep()) {
      fallbacks = "no active COMMERCE_REP to fall back to (OWNER fallback off)";
    } else if (rule.fallbackToOwner()) {
      fallbacks = "no active OWNER to fall back to (COMMERCE_REP fallback off)";
    } else {
      fallbacks = "fallbacks are off";
    }
    return tried + "; " + fallbacks;
  }

  private static String describe(TargetCriterion criterion) {
    if (criterion.type() == TargetCriterionType.ROLE_MATCH) {
      return "ROLE_MATCH " + role(criterion).map(Enum::name).orElse("(no valid role)");
    }
    return criterion.type().name();
  }
}
