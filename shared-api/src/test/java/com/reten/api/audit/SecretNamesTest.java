package com.reten.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretNamesTest {

  @Test
  void idsAndOrdinaryFieldsAreNotSecrets() {
    assertThat(
            List.of(
                "apiKeyId", "sessionId", "keyPrefix", "idempotencyKey", "name", "tokenExpiresAt"))
        .noneMatch(SecretNames::isSecret);
    assertThat(
            List.of(
                "passwordHash",
                "keyHash",
                "tokenHash",
                "password",
                "credentials",
                "encryptedCredentialsCiphertext",
                "plaintextKey",
                "webhook_secret",
                "webhook-password",
                "x-api-key",
                "refreshToken"))
        .allMatch(SecretNames::isSecret);
  }
}
