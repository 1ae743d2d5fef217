package com.reten.api.session;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A refresh-token family stopped working.
 *
 * @param sessionId the family
 * @param userId the user
 * @param reason why
 * @param revokedAt business time
 */
@Revision("1")
public record SessionRevokedEvent(UUID sessionId, UUID userId, Reason reason, Instant revokedAt) {

  /** Why a family was revoked. */
  public enum Reason {
    LOGOUT,
    REUSE_DETECTED
  }
}
