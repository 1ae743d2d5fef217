package com.reten.commandside.result;

import com.reten.api.activity.ActivityChannel;
import java.util.Optional;
import java.util.UUID;

/**
 * The latest result per (tenant, commerce, channel), for target resolution on the command side
 * (LAST_CONTACTED_* criteria, the {@code last_result} attribute). Written in the transaction that
 * records the result; "latest" is the greatest {@code occurredAt} — when the commerce was last
 * contacted — so a late submission of an older result does not replace a newer one (on a tie, the
 * one recorded last wins).
 */
public interface LastResults {

  /**
   * The latest result on the commerce's activities of {@code channel}, or on any activity or
   * STANDALONE result of the commerce when {@code channelOrNull} is null.
   */
  Optional<LastResult> latest(UUID tenantId, UUID commerceId, ActivityChannel channelOrNull);

  /** Notes a recorded result of the commerce; keeps the later one per channel. */
  void record(UUID tenantId, UUID commerceId, LastResult result);
}
