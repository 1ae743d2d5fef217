package com.reten.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets by key (a user, an API key, a sign-in identifier, an address), held in this node's
 * memory: {@code capacity} tokens that refill evenly over {@code window}. Idle buckets are dropped
 * once full again, so a flood of distinct keys cannot grow memory without bound.
 */
public final class KeyedBuckets {

  private static final long MAX_KEYS = 100_000;

  private final long capacity;
  private final Duration window;
  private final TimeMeter time;
  private final Cache<String, Bucket> buckets;

  public KeyedBuckets(long capacity, Duration window, TimeMeter time) {
    this.capacity = capacity;
    this.window = window;
    this.time = time;
    this.buckets = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(MAX_KEYS).build();
  }

  /** Takes one token; the seconds until one is available again when there is none, else 0. */
  public long take(String key) {
    var probe = bucket(key).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
  }

  /** The seconds until a token is available, without taking one; 0 when one is available now. */
  public long secondsUntilAvailable(String key) {
    var probe = bucket(key).estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
  }

  private Bucket bucket(String key) {
    return buckets.get(
        key,
        k ->
            Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .withCustomTimePrecision(time)
                .build());
  }

  private static long seconds(long nanos) {
    return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
  }
}
