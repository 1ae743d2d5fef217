package com.reten.gateway.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Refresh-token sessions.
 *
 * @param refreshTokenTtl lifetime of each refresh token (rotated on every use)
 * @param secureCookie whether the refresh cookie is marked {@code Secure} (off only for local
 *     plain-HTTP development)
 */
@ConfigurationProperties("reten.auth")
record SessionProperties(Duration refreshTokenTtl, Boolean secureCookie) {

  SessionProperties {
    refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(7) : refreshTokenTtl;
    secureCookie = secureCookie == null || secureCookie;
  }
}
