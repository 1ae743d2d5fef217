package com.reten.queryside.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.api.apikey.ApiKeyCreatedEvent;
import com.reten.api.security.Permission;
import com.reten.api.session.SessionRotatedEvent;
import com.reten.api.session.SessionStartedEvent;
import com.reten.api.user.UserPasswordChangedEvent;
import com.reten.api.user.UserRegisteredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every event that holds a secret today, and the name rule that covers those to come. */
class SecretRedactionTest {

  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final UUID ID = UUID.randomUUID();

  @Test
  void passwordHashesOfUsersAreRedacted() {
    JsonNode registered =
        SecretRedaction.redactedJson(
            new UserRegisteredEvent(
                ID, ID, "ana@acme.test", "Ana", "Diaz", "$2a$10$hash", false, T0));
    JsonNode changed =
        SecretRedaction.redactedJson(new UserPasswordChangedEvent(ID, ID, "$2a$10$hash", T0));

    assertThat(registered.path("passwordHash").asText()).isEqualTo(SecretRedaction.REDACTED);
    assertThat(registered.path("email").asText()).isEqualTo("ana@acme.test");
    assertThat(registered.path("registeredAt").asText()).isEqualTo("2026-11-29T10:00:00Z");
    assertThat(changed.path("passwordHash").asText()).isEqualTo(SecretRedaction.REDACTED);
    assertThat(changed.toString()).doesNotContain("$2a$");
  }

  @Test
  void apiKeyAndRefreshTokenHashesAreRedacted() {
    JsonNode key =
        SecretRedaction.redactedJson(
            new ApiKeyCreatedEvent(
                ID,
                ID,
                ID,
                "ERP",
                "rtn_sk_ab",
                "f".repeat(64),
                Set.of(Permission.VIEW_ACTIVITIES),
                null,
                T0));
    JsonNode started =
        SecretRedaction.redactedJson(new SessionStartedEvent(ID, ID, "e".repeat(64), T0, T0));
    JsonNode rotated =
        SecretRedaction.redactedJson(new SessionRotatedEvent(ID, ID, "d".repeat(64), T0, T0));

    assertThat(key.path("keyHash").asText()).isEqualTo(SecretRedaction.REDACTED);
    assertThat(key.path("apiKeyId").asText()).isEqualTo(ID.toString());
    assertThat(key.path("keyPrefix").asText()).isEqualTo("rtn_sk_ab");
    assertThat(started.path("tokenHash").asText()).isEqualTo(SecretRedaction.REDACTED);
    assertThat(rotated.path("tokenHash").asText()).isEqualTo(SecretRedaction.REDACTED);
  }

  @Test
  void secretsAreFoundAtAnyDepthAndNullsStayNull() {
    record Provider(String name, Map<String, Object> config, List<Map<String, String>> hooks) {}
    Map<String, Object> config = new java.util.HashMap<>();
    config.put("client_secret", "s3cret");
    config.put("apiKey", "k-123");
    config.put("accessToken", null);
    config.put("url", "https://provider.test");

    JsonNode json =
        SecretRedaction.redactedJson(
            new Provider("Twilio", config, List.of(Map.of("signingKey", "x", "path", "/cb"))));

    assertThat(json.path("config").path("client_secret").asText()).isEqualTo("[REDACTED]");
    assertThat(json.path("config").path("apiKey").asText()).isEqualTo("[REDACTED]");
    assertThat(json.path("config").path("accessToken").isNull()).isTrue();
    assertThat(json.path("config").path("url").asText()).isEqualTo("https://provider.test");
    assertThat(json.path("hooks").get(0).path("signingKey").asText()).isEqualTo("[REDACTED]");
    assertThat(json.path("hooks").get(0).path("path").asText()).isEqualTo("/cb");
  }
}
