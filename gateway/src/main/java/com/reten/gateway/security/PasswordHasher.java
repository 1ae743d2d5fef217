package com.reten.gateway.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * BCrypt hashing of passwords, done in the gateway so no plaintext ever crosses the command bus.
 */
@Component
public class PasswordHasher {

  private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

  /** Hashed once at start: checked against when the user is unknown, so both paths cost alike. */
  private final String decoyHash = encoder.encode("reten-decoy-password");

  public String hash(String password) {
    return encoder.encode(password);
  }

  /** Whether {@code password} matches {@code hash}; a {@code null} hash still spends the time. */
  public boolean matches(String password, String hash) {
    if (hash == null) {
      encoder.matches(password, decoyHash);
      return false;
    }
    return encoder.matches(password, hash);
  }
}
