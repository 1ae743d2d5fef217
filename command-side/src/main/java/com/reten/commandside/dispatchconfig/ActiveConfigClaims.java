package com.reten.commandside.dispatchconfig;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import java.util.Optional;
import java.util.UUID;

/**
 * The claim that makes a config the one active config of its (tenant, channel): taken in the
 * transaction of the event that activates it, released with the one that deactivates or deletes it.
 * The dispatcher asks it which config is active.
 */
public final class ActiveConfigClaims {

  private ActiveConfigClaims() {}

  /** The active config of ({@code tenant}, {@code channel}), if any. */
  public static Optional<UUID> holder(UniqueClaims claims, UUID tenant, ActivityChannel channel) {
    return claims.owner(ClaimScope.ACTIVE_DISPATCH_CONFIG, key(tenant, channel));
  }

  static void take(UniqueClaims claims, UUID tenant, ActivityChannel channel, UUID configId) {
    if (!claims.claim(ClaimScope.ACTIVE_DISPATCH_CONFIG, key(tenant, channel), configId)) {
      throw new RetenException(
          ErrorCode.DISPATCH_CHANNEL_TAKEN,
          "An active dispatch config already exists for channel " + channel);
    }
  }

  static void release(UniqueClaims claims, UUID tenant, ActivityChannel channel, UUID configId) {
    claims.release(ClaimScope.ACTIVE_DISPATCH_CONFIG, key(tenant, channel), configId);
  }

  private static String key(UUID tenant, ActivityChannel channel) {
    return ClaimScope.perTenant(tenant, channel.name());
  }
}
