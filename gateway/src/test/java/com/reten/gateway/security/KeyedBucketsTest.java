package com.reten.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KeyedBucketsTest {

  /** A clock the test moves by hand. */
  static final class ManualTime implements TimeMeter {
    private long nanos;

    void advance(Duration duration) {
      nanos += duration.toNanos();
    }

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }

  private final ManualTime time = new ManualTime();
  private final KeyedBuckets buckets = new KeyedBuckets(3, Duration.ofMinutes(1), time);

  @Test
  void capacityIsSpentThenTheWaitIsReported() {
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();

    long retryAfter = buckets.take("a");

    assertThat(retryAfter).isBetween(1L, 20L);
    assertThat(buckets.secondsUntilAvailable("a")).isEqualTo(retryAfter);
  }

  @Test
  void keysHaveSeparateBudgets() {
    buckets.take("a");
    buckets.take("a");
    buckets.take("a");

    assertThat(buckets.take("b")).isZero();
  }

  @Test
  void tokensComeBackOverTheWindow() {
    buckets.take("a");
    buckets.take("a");
    buckets.take("a");
    assertThat(buckets.secondsUntilAvailable("a")).isPositive();

    time.advance(Duration.ofSeconds(TimeUnit.MINUTES.toSeconds(1) / 3 + 1));

    assertThat(buckets.secondsUntilAvailable("a")).isZero();
    assertThat(buckets.take("a")).isZero();
  }

  @Test
  void lookingDoesNotSpend() {
    for (int i = 0; i < 10; i++) {
      assertThat(buckets.secondsUntilAvailable("a")).isZero();
    }
    assertThat(buckets.take("a")).isZero();
  }
}
