package com.reten.commandside.claim;

import java.util.Optional;
import java.util.UUID;

/**
 * The command side's record of values that must be unique across aggregates. Claims are written in
 * the transaction that appends the claiming event, so a value is taken exactly when its event
 * exists.
 */
public interface UniqueClaims {

  /** Claims {@code value} for {@code owner}; false when someone already holds it. */
  boolean claim(ClaimScope scope, String value, UUID owner);

  /** The holder of {@code value}, if any. */
  Optional<UUID> owner(ClaimScope scope, String value);

  /** Frees {@code value} if {@code owner} holds it (a changed or removed unique value). */
  void release(ClaimScope scope, String value, UUID owner);

  /** Whether anyone holds any value in {@code scope}. */
  boolean anyIn(ClaimScope scope);
}
