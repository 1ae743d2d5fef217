package com.reten.api.activityconfig;

/**
 * How a tenant resolves one attribute key.
 *
 * @param key the attribute key (a key of {@link AttributeKeys})
 * @param strategy when
 * @param resolverType by whom
 */
public record AttributePolicyRule(
    String key, AttributeStrategy strategy, AttributeResolverType resolverType) {

  /** The policy of a key the tenant has not configured: resolved upfront, by Reten. */
  public static AttributePolicyRule defaultFor(String key) {
    return new AttributePolicyRule(
        key, AttributeStrategy.UPFRONT, AttributeResolverType.INTERNAL_SERVICE);
  }
}
