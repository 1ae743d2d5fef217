package com.reten.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
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

  /** Tokens seen often enough to matter: one per active session, bounded. */
  private static final int VERIFIED_TOKENS = 10_000;

  private record Verified(UUID userId, Instant expiresAt) {}

  private final SecretKey key;
  private final Duration ttl;
  private final Clock clock;
  private final JwtParser parser;
  private final Cache<String, Verified> verified;

  JwtCodec(JwtProperties properties, Clock clock) {
    this.key = Keys.hmacShaKeyFor(keyBytes(properties));
    this.ttl = properties.accessTokenTtl();
    this.clock = clock;
    this.parser = Jwts.parser().verifyWith(key).clock(() -> Date.from(clock.instant())).build();
    this.verified =
        Caffeine.newBuilder().maximumSize(VERIFIED_TOKENS).expireAfterWrite(ttl).build();
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

  /**
   * The user a valid token was issued to; 401 for any token that is not exactly valid. A token
   * verified once is remembered (by its exact text) until it expires: parsing and checking the
   * signature again on every request was ~6 % of the CPU of a create-activity load (JFR). Only its
   * expiry ends an access token, so remembering the verdict changes no answer; the caller's user
   * and memberships are still read on every request.
   */
  UUID verify(String token) {
    Verified known = verified.getIfPresent(token);
    if (known != null && clock.instant().isBefore(known.expiresAt())) {
      return known.userId();
    }
    Verified checked = check(token);
    verified.put(token, checked);
    return checked.userId();
  }

  private Verified check(String token) {
    try {
      var jws = parser.parseSignedClaims(token);
      Claims claims = jws.getPayload();
      if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())
          || claims.getSubject() == null
          || claims.getExpiration() == null) {
        throw new JwtException("unexpected algorithm, no subject or no expiry");
      }
      return new Verified(UUID.fromString(claims.getSubject()), claims.getExpiration().toInstant());
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
