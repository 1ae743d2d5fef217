package com.reten.commandside.common;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A bounded cache of event-sourced aggregates for Axon's caching repository that trusts an entry
 * only while the event store holds no later event of that aggregate: every read compares the
 * entry's version with the stream's last sequence number (one indexed lookup) and drops a stale
 * entry, so the repository replays the events instead.
 *
 * <p>Axon's own caches trust an entry until this node changes the aggregate, which is right only
 * when every command of an aggregate runs on one node. Here any node handles any command, so a
 * commerce another node deactivated must not look active from this node's cache. The lookup costs
 * far less than the replay it saves: loading a Commerce (its events, each routed through its
 * entities) was ~10 % of the CPU of a create-activity load (JFR), done once per create.
 *
 * <p>Axon writes an entry under the aggregate's lock after each unit of work that loaded it and
 * removes it on rollback; entries beyond {@code maximumSize} are evicted least recently used first.
 */
public final class StoreCheckedCache implements Cache {

  private final com.github.benmanes.caffeine.cache.Cache<Object, Versioned> entries;
  private final EventStore events;

  private record Versioned(Object value, Long version) {}

  public StoreCheckedCache(EventStore events, long maximumSize) {
    this.events = events;
    this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <K, V> V get(K key) {
    Versioned entry = entries.getIfPresent(key);
    if (entry == null) {
      return null;
    }
    String stream = key.toString();
    Long stored =
        JdbcStreamVersions.takeKnown(stream)
            .orElseGet(() -> events.lastSequenceNumberFor(stream))
            .orElse(null);
    if (entry.version() == null || !entry.version().equals(stored)) {
      entries.invalidate(key);
      return null;
    }
    return (V) entry.value();
  }

  @Override
  public void put(Object key, Object value) {
    entries.put(key, new Versioned(value, versionOf(value)));
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    return entries.asMap().putIfAbsent(key, new Versioned(value, versionOf(value))) == null;
  }

  @Override
  public boolean remove(Object key) {
    return entries.asMap().remove(key) != null;
  }

  @Override
  public void removeAll() {
    entries.invalidateAll();
  }

  @Override
  public boolean containsKey(Object key) {
    return entries.getIfPresent(key) != null;
  }

  /** No listener is told anything: nothing in Reten registers one. */
  @Override
  public Registration registerCacheEntryListener(EntryListener listener) {
    return () -> true;
  }

  /**
   * The version of the aggregate an entry holds. Axon's entry exposes it only through the aggregate
   * it keeps while in memory, which an entry in this cache always is (it is never serialized); an
   * entry without one is never trusted.
   */
  private static Long versionOf(Object value) {
    if (!(value instanceof AggregateCacheEntry<?> entry)) {
      return null;
    }
    try {
      return entry.recreateAggregate(null, null, null, null).version();
    } catch (RuntimeException withoutAggregate) {
      return null;
    }
  }
}
