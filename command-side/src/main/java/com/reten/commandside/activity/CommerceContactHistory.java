package com.reten.commandside.activity;

import com.reten.api.activity.ActivityChannel;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What target and attribute resolution may know of a commerce's past contacts: the LAST_CONTACTED_*
 * criteria and the {@code last_result} attribute read it. Implemented from the results of
 * activities ({@code result.ResultContactHistory}).
 */
public interface CommerceContactHistory {

  /**
   * The commerce user of the latest result recorded on the commerce, on {@code channelOrNull} only
   * when it is not {@code null}.
   */
  Optional<UUID> lastContactedUser(UUID tenantId, UUID commerceId, ActivityChannel channelOrNull);

  /** The latest result recorded on the commerce, as the JSON the attribute's value holds. */
  Optional<Map<String, Object>> lastResult(UUID tenantId, UUID commerceId);
}
