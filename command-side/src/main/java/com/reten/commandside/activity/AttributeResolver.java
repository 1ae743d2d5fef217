package com.reten.commandside.activity;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.AttributeRequest;
import com.reten.api.activity.AttributeStatus;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives an attribute its value (API.md 4.4): the caller's value wins; else its policy's resolver —
 * INTERNAL_SERVICE reads the directory for the seeded keys; CLIENT_HOOK fails cleanly, since no
 * hook URL can be configured yet; CALLER_PROVIDED has nothing to read. A failed resolver leaves the
 * caller's fallback (FALLBACK) or FAILED.
 */
final class AttributeResolver {

  static final String NO_HOOK = "no hook URL configured";

  /** A value, or why there is none. */
  private record Found(Object value, String error) {}

  private final ActivityDirectory directory;

  AttributeResolver(ActivityDirectory directory) {
    this.directory = directory;
  }

  /**
   * A requested attribute at creation: the caller's value, PENDING for ON_DISPATCH, else resolved
   * now.
   */
  ActivityAttribute requested(
      UUID id, String key, AttributePolicyRule policy, AttributeRequest request, Instant at) {
    Object value = request == null ? null : request.value();
    Object fallback = request == null ? null : request.fallback();
    if (value != null) {
      return new ActivityAttribute(
          id,
          key,
          value,
          AttributeStatus.RESOLVED,
          policy.strategy(),
          AttributeResolverType.CALLER_PROVIDED,
          fallback,
          at,
          null);
    }
    var pending =
        new ActivityAttribute(
            id,
            key,
            null,
            AttributeStatus.PENDING,
            policy.strategy(),
            policy.resolverType(),
            fallback,
            null,
            null);
    return policy.strategy() == AttributeStrategy.ON_DISPATCH ? pending : resolve(pending, at);
  }

  /** The attribute with its resolver run again: RESOLVED, FALLBACK or FAILED. */
  ActivityAttribute resolve(ActivityAttribute attribute, Instant at) {
    Found found =
        attribute.strategy() == AttributeStrategy.CALLER_PROVIDED
            ? missing("no value was given by the caller")
            : switch (attribute.resolverType()) {
              case INTERNAL_SERVICE -> internal(attribute.key());
              case CLIENT_HOOK -> missing(NO_HOOK);
              case CALLER_PROVIDED -> missing("no value was given by the caller");
            };
    if (found.error() == null) {
      return with(attribute, found.value(), AttributeStatus.RESOLVED, at, null);
    }
    if (attribute.fallback() != null) {
      return with(attribute, attribute.fallback(), AttributeStatus.FALLBACK, at, found.error());
    }
    return with(attribute, null, AttributeStatus.FAILED, null, found.error());
  }

  private Found internal(String key) {
    return switch (key) {
      case AttributeKeys.COMMERCE_INFO -> new Found(directory.commerceInfo(), null);
      case AttributeKeys.OPERATOR_INFO ->
          orMissing(directory.operatorInfo(), "the activity has no assigned operator");
      case AttributeKeys.ROUTE_INFO ->
          orMissing(directory.routeInfo(), "the activity has no assigned route");
      case AttributeKeys.LAST_RESULT ->
          orMissing(directory.lastResult(), "no result has been recorded on this commerce");
      default -> missing("Reten has no internal source for " + key);
    };
  }

  private static Found orMissing(Optional<?> value, String why) {
    return value.<Found>map(v -> new Found(v, null)).orElseGet(() -> missing(why));
  }

  private static Found missing(String why) {
    return new Found(null, why);
  }

  private static ActivityAttribute with(
      ActivityAttribute a, Object value, AttributeStatus status, Instant at, String error) {
    return new ActivityAttribute(
        a.id(), a.key(), value, status, a.strategy(), a.resolverType(), a.fallback(), at, error);
  }
}
