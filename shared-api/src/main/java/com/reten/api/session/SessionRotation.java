package com.reten.api.session;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of a {@link RotateSessionCommand}.
 *
 * @param outcome what happened
 * @param userId the family's user
 * @param startedAt when the family's sign-in happened, so the caller can refuse a family that a
 *     later password reset or membership removal revoked
 */
public record SessionRotation(Outcome outcome, UUID userId, Instant startedAt) {

  /** What a rotation did. */
  public enum Outcome {
    /** The presented token was current and is now replaced. */
    ROTATED,
    /** The presented token had been rotated before: the family is now revoked. */
    REUSE_DETECTED,
    /** The family was already revoked, or its token expired. */
    REJECTED
  }

  public boolean rotated() {
    return outcome == Outcome.ROTATED;
  }
}
