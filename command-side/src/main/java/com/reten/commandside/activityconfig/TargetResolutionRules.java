package com.reten.commandside.activityconfig;

import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.UpdateTargetResolutionConfigCommand;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a target-resolution rule must satisfy, and its one canonical form: criteria sorted by
 * priority (stable, so equal priorities keep the order given) and a ROLE_MATCH role spelled as the
 * {@link CommerceRole} it names. Activity creation can then use a stored rule as it is.
 */
final class TargetResolutionRules {

  static final int MAX_CRITERIA = 20;

  private static final String ROLES =
      String.join(", ", Arrays.stream(CommerceRole.values()).map(Enum::name).toList());

  private TargetResolutionRules() {}

  static TargetResolutionRule canonical(TargetResolutionRule rule) {
    if (rule.strategy() == null) {
      throw invalid("resolution_strategy: must not be null");
    }
    List<TargetCriterion> given = rule.criteria() == null ? List.of() : rule.criteria();
    if (given.size() > MAX_CRITERIA) {
      throw invalid("criteria: at most " + MAX_CRITERIA + " criteria");
    }
    List<TargetCriterion> criteria = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      criteria.add(canonical(given.get(i), "criteria[" + i + "]"));
    }
    criteria.sort(Comparator.comparingInt(TargetCriterion::priority));
    return new TargetResolutionRule(
        rule.strategy(),
        rule.fallbackToCommerceRep(),
        rule.fallbackToOwner(),
        List.copyOf(criteria));
  }

  /** {@code current} with the fields the update names, canonical. */
  static TargetResolutionRule patched(
      TargetResolutionRule current, UpdateTargetResolutionConfigCommand update) {
    return canonical(
        new TargetResolutionRule(
            Objects.requireNonNullElse(update.strategy(), current.strategy()),
            Objects.requireNonNullElse(
                update.fallbackToCommerceRep(), current.fallbackToCommerceRep()),
            Objects.requireNonNullElse(update.fallbackToOwner(), current.fallbackToOwner()),
            Objects.requireNonNullElse(update.criteria(), current.criteria())));
  }

  static RetenException priorityTaken(int priority) {
    return new RetenException(
        ErrorCode.TARGET_RESOLUTION_PRIORITY_TAKEN,
        "Another active target-resolution config already has priority " + priority);
  }

  private static TargetCriterion canonical(TargetCriterion criterion, String field) {
    if (criterion == null || criterion.type() == null) {
      throw invalid(field + ".type: must not be null");
    }
    Map<String, Object> config =
        new LinkedHashMap<>(criterion.config() == null ? Map.of() : criterion.config());
    if (criterion.type() == TargetCriterionType.ROLE_MATCH) {
      config.put("role", role(config.get("role"), field + ".config.role").name());
    }
    return new TargetCriterion(criterion.type(), config, criterion.priority());
  }

  private static CommerceRole role(Object value, String field) {
    if (value instanceof String name) {
      try {
        return CommerceRole.valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // reported below with the list of roles
      }
    }
    throw invalid(field + ": ROLE_MATCH needs a commerce role, one of " + ROLES);
  }

  private static RetenException invalid(String message) {
    return new RetenException(ErrorCode.VALIDATION_FAILED, message);
  }
}
