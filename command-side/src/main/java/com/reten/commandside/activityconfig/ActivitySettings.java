package com.reten.commandside.activityconfig;

import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.TargetResolutionRule;
import java.util.UUID;

/**
 * A tenant's activity configuration as the command side sees it while creating, resolving or
 * dispatching an activity. Read in the command's unit of work, never from the query side.
 */
public interface ActivitySettings {

  /** The active target-resolution config with the lowest priority, else the default rule. */
  TargetResolutionRule targetResolution(UUID tenantId);

  /** The tenant's policy for {@code key}, else {@link AttributePolicyRule#defaultFor}. */
  AttributePolicyRule attributePolicy(UUID tenantId, String key);
}
