package com.reten.commandside.claim;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The claims of one bulk command (a sync over many aggregates), decided in memory and written at
 * the end: {@link #preload} looks up many values in one query instead of one query each, and {@link
 * #flush} inserts everything claimed meanwhile in one statement per scope, still inside the
 * command's transaction. A value not preloaded goes straight to the store. A value that a
 * concurrent transaction claimed after the preload is reported by {@link #flush}, so the command
 * can refuse and roll back.
 */
public final class ClaimBatch implements UniqueClaims {

  private record Key(ClaimScope scope, String value) {}

  private final UniqueClaims store;
  private final Map<Key, Optional<UUID>> known = new HashMap<>();
  private final Map<Key, UUID> pending = new LinkedHashMap<>();

  public ClaimBatch(UniqueClaims store) {
    this.store = store;
  }

  /** Learns who holds each of {@code values}, in one lookup. */
  public void preload(ClaimScope scope, Collection<String> values) {
    Map<String, UUID> owners = store.owners(scope, values);
    for (String value : values) {
      known.put(new Key(scope, value), Optional.ofNullable(owners.get(value)));
    }
  }

  @Override
  public boolean claim(ClaimScope scope, String value, UUID owner) {
    Key key = new Key(scope, value);
    Optional<UUID> holder = known.get(key);
    if (holder == null) {
      return store.claim(scope, value, owner);
    }
    if (holder.isPresent()) {
      return false;
    }
    known.put(key, Optional.of(owner));
    pending.put(key, owner);
    return true;
  }

  @Override
  public Optional<UUID> owner(ClaimScope scope, String value) {
    Optional<UUID> holder = known.get(new Key(scope, value));
    return holder != null ? holder : store.owner(scope, value);
  }

  @Override
  public void release(ClaimScope scope, String value, UUID owner) {
    Key key = new Key(scope, value);
    if (!pending.remove(key, owner)) {
      store.release(scope, value, owner);
    }
    if (known.getOrDefault(key, Optional.empty()).filter(owner::equals).isPresent()) {
      known.put(key, Optional.empty());
    }
  }

  @Override
  public boolean anyIn(ClaimScope scope) {
    return pending.keySet().stream().anyMatch(key -> key.scope() == scope) || store.anyIn(scope);
  }

  /** Writes the pending claims; returns, per scope, the values another transaction took first. */
  public Map<ClaimScope, Set<String>> flush() {
    Map<ClaimScope, Map<String, UUID>> byScope = new EnumMap<>(ClaimScope.class);
    pending.forEach(
        (key, owner) ->
            byScope
                .computeIfAbsent(key.scope(), scope -> new LinkedHashMap<>())
                .put(key.value(), owner));
    pending.clear();
    Map<ClaimScope, Set<String>> lost = new EnumMap<>(ClaimScope.class);
    byScope.forEach(
        (scope, owners) -> {
          Set<String> taken = store.claimAll(scope, owners);
          if (!taken.isEmpty()) {
            lost.put(scope, taken);
          }
        });
    return lost;
  }
}
