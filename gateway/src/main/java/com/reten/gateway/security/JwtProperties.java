package com.reten.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access-token signing.
 *
 * @param secret HMAC-SHA256 key ({@code RETEN_JWT_SECRET}), at least 32 bytes
 * @param accessTokenTtl lifetime of an access token
 * @param generateIfMissing whether a random key may be made at start when none is set (local
 *     profile only: tokens then die with the process)
 */
@ConfigurationProperties("reten.jwt")
record JwtProperties(String secret, Duration accessTokenTtl, boolean generateIfMissing) {

  JwtProperties {
    accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
  }
}
