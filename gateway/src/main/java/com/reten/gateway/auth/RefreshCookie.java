package com.reten.gateway.auth;

import java.time.Duration;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/** The HTTP-only cookie that carries the refresh token, scoped to the auth routes. */
@Component
class RefreshCookie {

  static final String NAME = "refreshToken";
  private static final String PATH = "/api/auth";

  private final SessionProperties properties;

  RefreshCookie(SessionProperties properties) {
    this.properties = properties;
  }

  String issue(RefreshToken token) {
    return build(token.value(), properties.refreshTokenTtl());
  }

  String clear() {
    return build("", Duration.ZERO);
  }

  Duration ttl() {
    return properties.refreshTokenTtl();
  }

  private String build(String value, Duration maxAge) {
    return ResponseCookie.from(NAME, value)
        .httpOnly(true)
        .secure(properties.secureCookie())
        .path(PATH)
        .sameSite("Strict")
        .maxAge(maxAge)
        .build()
        .toString();
  }
}
