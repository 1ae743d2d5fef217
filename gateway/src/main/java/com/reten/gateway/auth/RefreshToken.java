package com.reten.gateway.auth;

import com.reten.gateway.security.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A refresh token {@code <sessionId>.<secret>}: the session id routes it to its family, the 256-bit
 * secret proves possession. Only the secret's SHA-256 is ever stored.
 *
 * @param sessionId the token family
 * @param secret random, base64url
 */
record RefreshToken(UUID sessionId, String secret) {

  private static final SecureRandom RANDOM = new SecureRandom();

  static RefreshToken startFamily() {
    return new RefreshToken(UUID.randomUUID(), newSecret());
  }

  static Optional<RefreshToken> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int dot = value.indexOf('.');
    if (dot < 0 || dot == value.length() - 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new RefreshToken(UUID.fromString(value.substring(0, dot)), value.substring(dot + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The next token of the same family. */
  RefreshToken next() {
    return new RefreshToken(sessionId, newSecret());
  }

  String value() {
    return sessionId + "." + secret;
  }

  String hash() {
    return Sha256.hex(secret);
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
