package com.reten.commandside.activityconfig;

import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;

/**
 * Which strategy and resolver go together. A caller-provided value is resolved by no one, so the
 * CALLER_PROVIDED strategy and the CALLER_PROVIDED resolver only make sense together; and Reten has
 * no internal source for promotions.
 */
final class AttributePolicyRules {

  private AttributePolicyRules() {}

  static void requireSensible(AttributePolicyRule policy) {
    if (policy.strategy() == null) {
      throw invalid("strategy: must not be null");
    }
    if (policy.resolverType() == null) {
      throw invalid("resolver_type: must not be null");
    }
    boolean callerStrategy = policy.strategy() == AttributeStrategy.CALLER_PROVIDED;
    boolean callerResolver = policy.resolverType() == AttributeResolverType.CALLER_PROVIDED;
    if (callerStrategy && !callerResolver) {
      throw invalid(
          "resolver_type: strategy CALLER_PROVIDED takes the caller's value, so the resolver must"
              + " be CALLER_PROVIDED");
    }
    if (callerResolver && !callerStrategy) {
      throw invalid(
          "strategy: resolver CALLER_PROVIDED resolves nothing itself, so the strategy must be"
              + " CALLER_PROVIDED");
    }
    if (policy.key().equals(AttributeKeys.PROMOTIONS)
        && policy.resolverType() == AttributeResolverType.INTERNAL_SERVICE) {
      throw invalid(
          "resolver_type: Reten has no internal source for promotions; use CLIENT_HOOK or"
              + " CALLER_PROVIDED");
    }
  }

  private static RetenException invalid(String message) {
    return new RetenException(ErrorCode.VALIDATION_FAILED, message);
  }
}
