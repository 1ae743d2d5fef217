package com.reten.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/auth/reset-my-password: a signed-in user changes their own password. */
class ResetMyPasswordTest extends IntegrationTest {

  private static final String NEW_PASSWORD = "brand-new-password-9";

  private TestTenant acme;

  @BeforeEach
  void tenant() {
    acme = TestTenant.create(api, asRoot());
    acme.addMember("mia", "VIEWER");
  }

  @Test
  void theNewPasswordReplacesTheOldAndNoEventHoldsIt() {
    ApiResponse reset = reset(acme.signIn("mia"), TestTenant.MEMBER_PASSWORD, NEW_PASSWORD);

    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.json().toString()).isEqualTo("{\"message\":\"Password reset successfully\"}");
    assertThat(api.login(acme.email("mia"), TestTenant.MEMBER_PASSWORD).status()).isEqualTo(401);
    assertThat(api.login(acme.email("mia"), NEW_PASSWORD).status()).isEqualTo(200);
    List<String> payloads =
        jdbc.queryForList(
            "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry", String.class);
    assertThat(payloads).anyMatch(payload -> payload.contains("$2a$"));
    assertThat(payloads).noneMatch(payload -> payload.contains(NEW_PASSWORD));
  }

  @Test
  void refreshTokensFromBeforeTheResetStopWorkingButNewSignInsRefresh() {
    String before = api.login(acme.email("mia"), TestTenant.MEMBER_PASSWORD).cookie("refreshToken");
    reset(acme.signIn("mia"), TestTenant.MEMBER_PASSWORD, NEW_PASSWORD);

    ApiResponse refused = api.withHeader("Cookie", before).post("/api/auth/refresh", null);

    refused.assertError(401, "Unauthorized");
    assertThat(refused.cookies().get(0)).startsWith("refreshToken=;").contains("Max-Age=0");
    String after = api.login(acme.email("mia"), NEW_PASSWORD).cookie("refreshToken");
    assertThat(api.withHeader("Cookie", after).post("/api/auth/refresh", null).status())
        .isEqualTo(200);
  }

  @Test
  void aWrongCurrentPasswordIs400AndChangesNothing() {
    reset(acme.signIn("mia"), "not-my-password", NEW_PASSWORD).assertError(400, "Bad Request");

    assertThat(api.login(acme.email("mia"), TestTenant.MEMBER_PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void aWeakOrMissingPasswordIsA400NamingTheField() {
    ApiResponse weak =
        reset(acme.signIn("mia"), TestTenant.MEMBER_PASSWORD, "short")
            .assertError(400, "Bad Request");
    ApiResponse missing =
        acme.signIn("mia")
            .post("/api/auth/reset-my-password", Map.of())
            .assertError(400, "Bad Request");

    assertThat(weak.json().path("details"))
        .extracting(detail -> detail.path("field").asText())
        .containsExactly("new_password");
    assertThat(missing.json().path("details"))
        .extracting(detail -> detail.path("field").asText())
        .contains("current_password", "new_password");
  }

  @Test
  void noTokenIs401() {
    reset(api, TestTenant.MEMBER_PASSWORD, NEW_PASSWORD).assertError(401, "Unauthorized");
  }

  private static ApiResponse reset(ApiClient client, String current, String next) {
    return client.post(
        "/api/auth/reset-my-password", Map.of("current_password", current, "new_password", next));
  }
}
