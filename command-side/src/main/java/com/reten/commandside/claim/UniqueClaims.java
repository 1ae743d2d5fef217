package com.reten.commandside.claim;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** The holders of those {@code values} that are claimed; stores override it with one lookup. */
  default Map<String, UUID> owners(ClaimScope scope, Collection<String> values) {
    Map<String, UUID> owners = new HashMap<>();
    for (String value : values) {
      owner(scope, value).ifPresent(owner -> owners.put(value, owner));
    }
    return owners;
  }

  /**
   * Claims every value for its owner; returns the values someone already held. Stores override it
   * with one write.
   */
  default Set<String> claimAll(ClaimScope scope, Map<String, UUID> owners) {
    Set<String> taken = new HashSet<>();
    owners.forEach(
        (value, owner) -> {
          if (!claim(scope, value, owner)) {
            taken.add(value);
          }
        });
    return taken;
  }
}
