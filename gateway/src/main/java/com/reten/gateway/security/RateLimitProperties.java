package com.reten.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Abuse limits, per node (see README: Rate limits).
 *
 * @param requestsPerMinute authenticated requests per minute per user or API key
 * @param loginFailuresPerIdentifier failed sign-ins per identifier per {@code loginWindow}
 * @param loginFailuresPerAddress failed sign-ins per client address per {@code loginWindow}
 * @param loginWindow the window the failure limits refill over
 */
@ConfigurationProperties("reten.rate-limit")
public record RateLimitProperties(
    Long requestsPerMinute,
    Long loginFailuresPerIdentifier,
    Long loginFailuresPerAddress,
    Duration loginWindow) {

  public RateLimitProperties {
    requestsPerMinute = requestsPerMinute == null ? 600 : requestsPerMinute;
    loginFailuresPerIdentifier =
        loginFailuresPerIdentifier == null ? 5 : loginFailuresPerIdentifier;
    loginFailuresPerAddress = loginFailuresPerAddress == null ? 50 : loginFailuresPerAddress;
    loginWindow = loginWindow == null ? Duration.ofMinutes(5) : loginWindow;
  }
}
