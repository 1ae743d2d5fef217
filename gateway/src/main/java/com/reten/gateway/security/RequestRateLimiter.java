package com.reten.gateway.security;

import com.reten.gateway.web.TooManyRequestsException;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Caps authenticated requests per user and per API key (each key has its own budget). */
@Component
class RequestRateLimiter {

  private final KeyedBuckets buckets;

  RequestRateLimiter(RateLimitProperties properties) {
    this.buckets =
        new KeyedBuckets(
            properties.requestsPerMinute(), Duration.ofMinutes(1), TimeMeter.SYSTEM_NANOTIME);
  }

  void admit(Caller caller) {
    long retryAfter = buckets.take(caller.actorType() + ":" + caller.actorId());
    if (retryAfter > 0) {
      throw new TooManyRequestsException("Rate limit exceeded", retryAfter);
    }
  }
}
