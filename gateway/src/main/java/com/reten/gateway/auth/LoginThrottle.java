package com.reten.gateway.auth;

import com.reten.api.user.EmailAddress;
import com.reten.gateway.security.KeyedBuckets;
import com.reten.gateway.security.RateLimitProperties;
import com.reten.gateway.web.TooManyRequestsException;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after too many failed sign-ins for one identifier, or from one address,
 * further attempts get 429 with {@code Retry-After} until the window refills. Unknown and known
 * identifiers are counted alike, so the answer never tells whether a user exists.
 */
@Component
class LoginThrottle {

  private final KeyedBuckets byIdentifier;
  private final KeyedBuckets byAddress;

  @Autowired
  LoginThrottle(RateLimitProperties properties) {
    this(properties, TimeMeter.SYSTEM_NANOTIME);
  }

  LoginThrottle(RateLimitProperties properties, TimeMeter time) {
    this.byIdentifier =
        new KeyedBuckets(properties.loginFailuresPerIdentifier(), properties.loginWindow(), time);
    this.byAddress =
        new KeyedBuckets(properties.loginFailuresPerAddress(), properties.loginWindow(), time);
  }

  /** Refuses the attempt when either budget of failures is spent. */
  void checkAllowed(String identifier, String address) {
    long retryAfter =
        Math.max(
            byIdentifier.secondsUntilAvailable(key(identifier)),
            byAddress.secondsUntilAvailable(address));
    if (retryAfter > 0) {
      throw new TooManyRequestsException("Too many failed sign-in attempts", retryAfter);
    }
  }

  void recordFailure(String identifier, String address) {
    byIdentifier.take(key(identifier));
    byAddress.take(address);
  }

  private static String key(String identifier) {
    return String.valueOf(EmailAddress.normalize(identifier));
  }
}
