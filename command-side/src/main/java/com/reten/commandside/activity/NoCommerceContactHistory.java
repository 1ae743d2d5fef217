package com.reten.commandside.activity;

import com.reten.api.activity.ActivityChannel;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * No commerce has a contact history yet: LAST_CONTACTED_* criteria match nobody (so the fallbacks
 * apply) and {@code last_result} is not found. Replaced, not kept beside, when results land and can
 * answer from recorded results.
 */
@Component
class NoCommerceContactHistory implements CommerceContactHistory {

  @Override
  public Optional<UUID> lastContactedUser(
      UUID tenantId, UUID commerceId, ActivityChannel channelOrNull) {
    return Optional.empty();
  }

  @Override
  public Optional<Map<String, Object>> lastResult(UUID tenantId, UUID commerceId) {
    return Optional.empty();
  }
}
