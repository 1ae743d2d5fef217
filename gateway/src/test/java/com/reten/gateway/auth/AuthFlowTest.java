package com.reten.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Sign-in, refresh rotation with reuse detection, sign-out and /me, over real HTTP. */
class AuthFlowTest extends IntegrationTest {

  @Test
  void signInReturnsATokenTheUserAndAScopedHttpOnlyCookie() {
    ApiResponse login = api.login(ROOT_EMAIL, ROOT_PASSWORD);

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().path("accessToken").asText()).isNotBlank();
    assertThat(login.json().path("user").path("email").asText()).isEqualTo(ROOT_EMAIL);
    assertThat(login.json().has("password")).isFalse();
    String cookie = login.cookies().get(0);
    assertThat(cookie)
        .startsWith("refreshToken=")
        .contains("HttpOnly", "Path=/api/auth", "SameSite=Strict", "Max-Age=604800", "Secure");
  }

  @Test
  void unknownUserAndWrongPasswordGetTheSame401() {
    ApiResponse wrongPassword =
        api.login(ROOT_EMAIL, "not-the-password").assertError(401, "Unauthorized");
    ApiResponse unknownUser =
        api.login("nobody@reten.test", "whatever-1").assertError(401, "Unauthorized");

    assertThat(wrongPassword.json()).isEqualTo(unknownUser.json());
    assertThat(wrongPassword.cookies()).isEmpty();
  }

  @Test
  void missingFieldsAreA400() {
    api.post("/api/auth/login", java.util.Map.of("identifier", ROOT_EMAIL))
        .assertError(400, "Bad Request");
  }

  @Test
  void refreshRotatesTheCookieAndGivesAWorkingToken() {
    String first = api.login(ROOT_EMAIL, ROOT_PASSWORD).cookie("refreshToken");

    ApiResponse refreshed = api.withHeader("Cookie", first).post("/api/auth/refresh", null);

    assertThat(refreshed.status()).isEqualTo(200);
    String second = refreshed.cookie("refreshToken");
    assertThat(second).isNotEqualTo(first);
    String token = refreshed.json().path("accessToken").asText();
    assertThat(api.withToken(token).get("/api/auth/me").json().path("email").asText())
        .isEqualTo(ROOT_EMAIL);
    assertThat(api.withHeader("Cookie", second).post("/api/auth/refresh", null).status())
        .isEqualTo(200);
  }

  @Test
  void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
    String first = api.login(ROOT_EMAIL, ROOT_PASSWORD).cookie("refreshToken");
    String second =
        api.withHeader("Cookie", first).post("/api/auth/refresh", null).cookie("refreshToken");

    api.withHeader("Cookie", first)
        .post("/api/auth/refresh", null)
        .assertError(401, "Unauthorized");

    api.withHeader("Cookie", second)
        .post("/api/auth/refresh", null)
        .assertError(401, "Unauthorized");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%SessionRevokedEvent'",
                Long.class))
        .isEqualTo(1);
  }

  @Test
  void signOutRevokesTheFamilyAndClearsTheCookie() {
    String cookie = api.login(ROOT_EMAIL, ROOT_PASSWORD).cookie("refreshToken");

    ApiResponse logout = api.withHeader("Cookie", cookie).post("/api/auth/logout", null);

    assertThat(logout.status()).isEqualTo(200);
    assertThat(logout.json().path("message").asText()).isEqualTo("Logged out successfully");
    assertThat(logout.cookies().get(0)).startsWith("refreshToken=;").contains("Max-Age=0");
    api.withHeader("Cookie", cookie)
        .post("/api/auth/refresh", null)
        .assertError(401, "Unauthorized");
  }

  @Test
  void refreshWithoutOrWithAForgedCookieIs401() {
    api.post("/api/auth/refresh", null).assertError(401, "Unauthorized");
    api.withHeader("Cookie", "refreshToken=garbage")
        .post("/api/auth/refresh", null)
        .assertError(401, "Unauthorized");
    api.withHeader("Cookie", "refreshToken=" + java.util.UUID.randomUUID() + ".forged")
        .post("/api/auth/refresh", null)
        .assertError(401, "Unauthorized");
  }

  @Test
  void meDescribesASuperAdmin() {
    var me = asRoot().get("/api/auth/me");

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("email").asText()).isEqualTo(ROOT_EMAIL);
    assertThat(me.json().path("roles").toString()).isEqualTo("[\"SUPER_ADMIN\"]");
    assertThat(me.json().path("tenantIds").isArray()).isTrue();
  }
}
