package com.reten.commandside.activityconfig;

import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.TargetResolutionRule;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The settings of a tenant that has configured nothing (API.md §4.3, §4.4 defaults). Stands in
 * until the tenant's configuration is event-sourced; then it is replaced, not kept beside it.
 */
@Component
class DefaultActivitySettings implements ActivitySettings {

  @Override
  public TargetResolutionRule targetResolution(UUID tenantId) {
    return TargetResolutionRule.DEFAULT;
  }

  @Override
  public AttributePolicyRule attributePolicy(UUID tenantId, String key) {
    return AttributePolicyRule.defaultFor(key);
  }
}
