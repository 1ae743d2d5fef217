package com.reten.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Limits over real HTTP, with budgets small enough to spend in a test. */
@TestPropertySource(
    properties = {
      "reten.rate-limit.requests-per-minute=5",
      "reten.rate-limit.login-failures-per-identifier=3"
    })
class RateLimitTest extends IntegrationTest {

  @Test
  void aUserPastTheirBudgetGets429WithRetryAfter() {
    ApiClient root = asRoot();
    for (int i = 0; i < 5; i++) {
      assertThat(root.get("/api/auth/me").status()).isEqualTo(200);
    }

    ApiResponse limited = root.get("/api/auth/me").assertError(429, "Too Many Requests");

    assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
  }

  @Test
  void repeatedFailedSignInsAre429ForKnownAndUnknownUsersAlike() {
    ApiResponse known = failThenTryAgain("root@reten.test");
    ApiResponse unknown = failThenTryAgain("ghost@reten.test");

    assertThat(known.json()).isEqualTo(unknown.json());
    assertThat(known.header("Retry-After")).isNotBlank();
    assertThat(unknown.header("Retry-After")).isNotBlank();
  }

  private ApiResponse failThenTryAgain(String identifier) {
    for (int i = 0; i < 3; i++) {
      api.login(identifier, "wrong-password").assertError(401, "Unauthorized");
    }
    return api.login(identifier, ROOT_PASSWORD).assertError(429, "Too Many Requests");
  }
}
