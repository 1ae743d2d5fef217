package com.reten.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.IntegrationTest;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** Every malformed, unsigned, mis-signed or expired access token is a 401 with Reten's body. */
class AccessTokenTest extends IntegrationTest {

  private static final SecretKey TEST_KEY =
      Keys.hmacShaKeyFor(
          "test-signing-key-for-reten-tests-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

  private String rootId() {
    return asRoot().get("/api/auth/me").json().path("id").asText();
  }

  @Test
  void aValidTokenIsAccepted() {
    String token = token(rootId(), TEST_KEY, Instant.now().plusSeconds(60));
    assertThat(api.withToken(token).get("/api/auth/me").status()).isEqualTo(200);
  }

  @Test
  void missingOrNonBearerCredentialsAre401() {
    api.get("/api/auth/me").assertError(401, "Unauthorized");
    api.withHeader("Authorization", "Basic cm9vdDpwdw==")
        .get("/api/auth/me")
        .assertError(401, "Unauthorized");
    api.withToken("not.a.jwt").get("/api/auth/me").assertError(401, "Unauthorized");
  }

  @Test
  void anExpiredTokenIs401() {
    String token = token(rootId(), TEST_KEY, Instant.now().minusSeconds(5));
    api.withToken(token).get("/api/auth/me").assertError(401, "Unauthorized");
  }

  @Test
  void aTokenSignedWithAnotherKeyIs401() {
    SecretKey other = Keys.hmacShaKeyFor(new byte[32]);
    api.withToken(token(rootId(), other, Instant.now().plusSeconds(60)))
        .get("/api/auth/me")
        .assertError(401, "Unauthorized");
  }

  @Test
  void anUnsignedTokenIs401() {
    String header = base64("{\"alg\":\"none\"}");
    String claims =
        base64(
            "{\"sub\":\"" + rootId() + "\",\"exp\":" + (Instant.now().getEpochSecond() + 60) + "}");
    api.withToken(header + "." + claims + ".").get("/api/auth/me").assertError(401, "Unauthorized");
  }

  @Test
  void anotherAlgorithmWithTheRightKeyIs401() {
    SecretKey longKey =
        Keys.hmacShaKeyFor(
            ("test-signing-key-for-reten-tests-0123456789abcdef"
                    + "-padding-to-reach-sixty-four-bytes!!")
                .getBytes(StandardCharsets.UTF_8));
    String hs512 =
        Jwts.builder()
            .subject(rootId())
            .expiration(Date.from(Instant.now().plusSeconds(60)))
            .signWith(longKey, Jwts.SIG.HS512)
            .compact();
    api.withToken(hs512).get("/api/auth/me").assertError(401, "Unauthorized");
  }

  @Test
  void aTamperedTokenIs401() {
    String token = token(rootId(), TEST_KEY, Instant.now().plusSeconds(60));
    String[] parts = token.split("\\.");
    String forgedClaims =
        base64(
            "{\"sub\":\""
                + UUID.randomUUID()
                + "\",\"exp\":"
                + (Instant.now().getEpochSecond() + 60)
                + "}");
    api.withToken(parts[0] + "." + forgedClaims + "." + parts[2])
        .get("/api/auth/me")
        .assertError(401, "Unauthorized");
  }

  @Test
  void aSignedTokenWithoutSubjectIs401() {
    String token =
        Jwts.builder()
            .expiration(Date.from(Instant.now().plusSeconds(60)))
            .signWith(TEST_KEY, Jwts.SIG.HS256)
            .compact();
    api.withToken(token).get("/api/auth/me").assertError(401, "Unauthorized");
  }

  @Test
  void aTokenOfAnUnknownUserIs401() {
    String token = token(UUID.randomUUID().toString(), TEST_KEY, Instant.now().plusSeconds(60));
    api.withToken(token).get("/api/auth/me").assertError(401, "Unauthorized");
  }

  private static String token(String subject, SecretKey key, Instant expiry) {
    return Jwts.builder()
        .subject(subject)
        .issuedAt(Date.from(Instant.now().minusSeconds(120)))
        .expiration(Date.from(expiry))
        .id(UUID.randomUUID().toString())
        .signWith(key, Jwts.SIG.HS256)
        .compact();
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
