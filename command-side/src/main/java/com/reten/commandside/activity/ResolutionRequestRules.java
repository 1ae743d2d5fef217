package com.reten.commandside.activity;

import com.reten.api.activity.ActivityResolutionRequest;
import com.reten.api.activity.AttributeRequest;
import com.reten.api.activityconfig.AttributeKeyView;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules a create request's target criteria and attributes meet, whoever sends them. */
final class ResolutionRequestRules {

  private static final String ROLES =
      Arrays.stream(CommerceRole.values()).map(Enum::name).collect(Collectors.joining(", "));
  private static final String KEYS =
      AttributeKeys.all().stream().map(AttributeKeyView::key).collect(Collectors.joining(", "));

  private ResolutionRequestRules() {}

  static void requireValid(ActivityResolutionRequest request) {
    List<TargetCriterion> criteria = request.targetCriteria();
    for (int i = 0; i < criteria.size(); i++) {
      TargetCriterion criterion = criteria.get(i);
      String at = "target_criteria[" + i + "]";
      require(criterion != null && criterion.type() != null, at + ".type: must not be null");
      require(
          criterion.type() != TargetCriterionType.ROLE_MATCH
              || TargetResolver.role(criterion).isPresent(),
          at + ".config.role: a ROLE_MATCH criterion names one of " + ROLES);
    }
    List<String> keys = request.attributeKeys();
    for (int i = 0; i < keys.size(); i++) {
      requireKnown(keys.get(i), "attribute_keys[" + i + "]");
    }
    Set<String> given = new HashSet<>();
    List<AttributeRequest> attributes = request.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      AttributeRequest attribute = attributes.get(i);
      String at = "attributes[" + i + "].key";
      require(attribute != null && attribute.key() != null, at + ": must not be null");
      requireKnown(attribute.key(), at);
      require(given.add(attribute.key()), at + ": '" + attribute.key() + "' is given twice");
    }
  }

  /**
   * The rule of a request that names its own criteria: resolved at creation, with both fallbacks
   * (the request has no fields for the strategy or the fallbacks). Criteria keep their priority; a
   * ROLE_MATCH role is upper-cased.
   */
  static TargetResolutionRule ruleOf(List<TargetCriterion> criteria) {
    List<TargetCriterion> normalized =
        criteria.stream()
            .map(ResolutionRequestRules::normalized)
            .sorted(Comparator.comparingInt(TargetCriterion::priority))
            .toList();
    return new TargetResolutionRule(TargetResolutionStrategy.ON_CREATION, true, true, normalized);
  }

  private static TargetCriterion normalized(TargetCriterion criterion) {
    Map<String, Object> config =
        criterion.type() == TargetCriterionType.ROLE_MATCH
            ? Map.of("role", TargetResolver.role(criterion).orElseThrow().name())
            : criterion.config() == null ? Map.of() : criterion.config();
    return new TargetCriterion(criterion.type(), config, criterion.priority());
  }

  private static void requireKnown(String key, String at) {
    require(
        key != null && AttributeKeys.byKey(key).isPresent(),
        at + ": unknown attribute key '" + key + "' (known: " + KEYS + ")");
  }

  private static void require(boolean rule, String message) {
    if (!rule) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, message);
    }
  }
}
