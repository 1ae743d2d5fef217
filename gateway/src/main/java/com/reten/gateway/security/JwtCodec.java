package com.reten.gateway.security;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issues and verifies access tokens: HS256 JWTs with {@code sub}, {@code iat}, {@code exp} and
 * {@code jti}. Anything else — unsigned, another algorithm, a bad signature, expired — is refused.
 */
@Component
public class JwtCodec {

  private static final Logger log = LoggerFactory.getLogger(JwtCodec.class);
  private static final int MIN_KEY_BYTES = 32;
  private static final String ALGORITHM = "HS256";

  private final SecretKey key;
  private final Duration ttl;
  private final Clock clock;

  JwtCodec(JwtProperties properties, Clock clock) {
    this.key = Keys.hmacShaKeyFor(keyBytes(properties));
    this.ttl = properties.accessTokenTtl();
    this.clock = clock;
  }

  /** A signed access token for {@code userId}. */
  public String issue(UUID userId) {
    Instant now = clock.instant();
    return Jwts.builder()
        .subject(userId.toString())
        .issuedAt(Date.from(now))
        .expiration(Date.from(now.plus(ttl)))
        .id(UUID.randomUUID().toString())
        .signWith(key, Jwts.SIG.HS256)
        .compact();
  }

  /** The user a valid token was issued to; 401 for any token that is not exactly valid. */
  UUID verify(String token) {
    try {
      var jws =
          Jwts.parser()
              .verifyWith(key)
              .clock(() -> Date.from(clock.instant()))
              .build()
              .parseSignedClaims(token);
      if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())
          || jws.getPayload().getSubject() == null) {
        throw new JwtException("unexpected algorithm or no subject");
      }
      return UUID.fromString(jws.getPayload().getSubject());
    } catch (JwtException | IllegalArgumentException e) {
      throw new RetenException(ErrorCode.UNAUTHENTICATED, "Invalid or expired token");
    }
  }

  private static byte[] keyBytes(JwtProperties properties) {
    String secret = properties.secret();
    if (secret == null || secret.isBlank()) {
      if (!properties.generateIfMissing()) {
        throw new IllegalStateException(
            "RETEN_JWT_SECRET (reten.jwt.secret) must be set to at least 32 bytes");
      }
      log.warn("No RETEN_JWT_SECRET set: signing with a random key; tokens end with this process");
      byte[] random = new byte[MIN_KEY_BYTES];
      new SecureRandom().nextBytes(random);
      return HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII);
    }
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_KEY_BYTES) {
      throw new IllegalStateException("RETEN_JWT_SECRET must be at least 32 bytes (256 bits)");
    }
    return bytes;
  }
}
